/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment UserFields on User {\n    id\n    email\n    username\n    emailVerified\n    role\n    createdAt\n    disabled\n    totpEnabled\n    hasPassword\n    passkeyCount\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    refreshToken\n    tokenType\n    expiresIn\n    deviceToken\n    user {\n      ...UserFields\n    }\n  }\n": typeof types.AuthPayloadFieldsFragmentDoc,
    "\n  fragment QuoteFields on Quote {\n    id\n    text\n    author\n    createdAt\n    updatedAt\n  }\n": typeof types.QuoteFieldsFragmentDoc,
    "\n  fragment SessionFields on Session {\n    id\n    createdAt\n    lastUsedAt\n    userAgent\n    ip\n    current\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  fragment SecurityEventFields on SecurityEvent {\n    id\n    at\n    kind\n    ip\n    userAgent\n    detail\n  }\n": typeof types.SecurityEventFieldsFragmentDoc,
    "\n  fragment ProviderIdentityFields on ProviderIdentity {\n    provider\n    providerName\n    email\n    login\n    linkedAt\n    lastUsedAt\n  }\n": typeof types.ProviderIdentityFieldsFragmentDoc,
    "\n  fragment LoginResultFields on LoginResult {\n    __typename\n    ... on AuthPayload {\n      ...AuthPayloadFields\n    }\n    ... on MfaChallenge {\n      mfaToken\n      expiresIn\n      methods\n    }\n    ... on LinkRequired {\n      linkToken\n      provider\n      email\n      expiresIn\n    }\n    ... on EmailRequired {\n      signUpToken\n      provider\n      # An alias: LinkRequired.email is String!, this one may be null.\n      suggestedEmail: email\n      expiresIn\n    }\n  }\n": typeof types.LoginResultFieldsFragmentDoc,
    "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n": typeof types.PageInfoFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Sessions {\n    sessions {\n      ...SessionFields\n    }\n  }\n": typeof types.SessionsDocument,
    "\n  query Quote($id: ID!) {\n    quote(id: $id) {\n      ...QuoteFields\n    }\n  }\n": typeof types.QuoteDocument,
    "\n  query Quotes(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: QuoteFilter\n    $withTotalCount: Boolean! = false\n  ) {\n    quotes(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      nodes {\n        ...QuoteFields\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount @include(if: $withTotalCount)\n    }\n  }\n": typeof types.QuotesDocument,
    "\n  query ErrorCodes {\n    errorCodes\n  }\n": typeof types.ErrorCodesDocument,
    "\n  query Users($first: Int, $after: String, $search: String, $withTotalCount: Boolean! = false) {\n    users(first: $first, after: $after, search: $search) {\n      nodes {\n        ...UserFields\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount @include(if: $withTotalCount)\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query SignInActivity($days: Int = 30) {\n    signInActivity(days: $days) {\n      day\n      succeeded\n      failed\n    }\n  }\n": typeof types.SignInActivityDocument,
    "\n  query MySecurityEvents($first: Int = 20, $after: String, $withTotalCount: Boolean! = false) {\n    me {\n      id\n      securityEvents(first: $first, after: $after) {\n        nodes {\n          ...SecurityEventFields\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n        totalCount @include(if: $withTotalCount)\n      }\n    }\n  }\n": typeof types.MySecurityEventsDocument,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n": typeof types.UserDocument,
    "\n  query UserSecurityEvents($id: ID!, $first: Int = 20, $after: String) {\n    user(id: $id) {\n      id\n      securityEvents(first: $first, after: $after) {\n        nodes {\n          ...SecurityEventFields\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n": typeof types.UserSecurityEventsDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthPayload {\n        ...AuthPayloadFields\n      }\n      ... on MfaChallenge {\n        mfaToken\n        expiresIn\n        methods\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Refresh($refreshToken: String) {\n    refresh(refreshToken: $refreshToken) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.RefreshDocument,
    "\n  mutation Logout($scope: LogoutScope = LOCAL) {\n    logout(scope: $scope)\n  }\n": typeof types.LogoutDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation Reauthenticate($password: String!, $code: String) {\n    reauthenticate(password: $password, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.ReauthenticateDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation DeleteAccount($password: String) {\n    deleteAccount(password: $password)\n  }\n": typeof types.DeleteAccountDocument,
    "\n  mutation EnrollTotp {\n    enrollTotp {\n      secret\n      otpauthUrl\n      qrCodeDataUrl\n    }\n  }\n": typeof types.EnrollTotpDocument,
    "\n  mutation ConfirmTotp($code: String!) {\n    confirmTotp(code: $code)\n  }\n": typeof types.ConfirmTotpDocument,
    "\n  mutation VerifyTotp($mfaToken: String!, $code: String!) {\n    verifyTotp(mfaToken: $mfaToken, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.VerifyTotpDocument,
    "\n  mutation DisableTotp($password: String, $code: String!) {\n    disableTotp(password: $password, code: $code) {\n      ...UserFields\n    }\n  }\n": typeof types.DisableTotpDocument,
    "\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n": typeof types.RegenerateRecoveryCodesDocument,
    "\n  mutation CreateRecoveryCodes {\n    createRecoveryCodes\n  }\n": typeof types.CreateRecoveryCodesDocument,
    "\n  mutation RequestEmailVerification {\n    requestEmailVerification\n  }\n": typeof types.RequestEmailVerificationDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      ...UserFields\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation RequestEmailChange($newEmail: String!, $currentPassword: String) {\n    requestEmailChange(newEmail: $newEmail, currentPassword: $currentPassword)\n  }\n": typeof types.RequestEmailChangeDocument,
    "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      ...UserFields\n    }\n  }\n": typeof types.ConfirmEmailChangeDocument,
    "\n  mutation CreateQuote($input: CreateQuoteInput!) {\n    createQuote(input: $input) {\n      ...QuoteFields\n    }\n  }\n": typeof types.CreateQuoteDocument,
    "\n  mutation UpdateQuote($id: ID!, $input: UpdateQuoteInput!) {\n    updateQuote(id: $id, input: $input) {\n      ...QuoteFields\n    }\n  }\n": typeof types.UpdateQuoteDocument,
    "\n  mutation DeleteQuote($id: ID!) {\n    deleteQuote(id: $id)\n  }\n": typeof types.DeleteQuoteDocument,
    "\n  mutation SetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      ...UserFields\n    }\n  }\n": typeof types.SetUserRoleDocument,
    "\n  mutation AdminResetPassword($userId: ID!, $newPassword: String!) {\n    adminResetPassword(userId: $userId, newPassword: $newPassword)\n  }\n": typeof types.AdminResetPasswordDocument,
    "\n  mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {\n    setUserDisabled(userId: $userId, disabled: $disabled) {\n      ...UserFields\n    }\n  }\n": typeof types.SetUserDisabledDocument,
    "\n  mutation AdminResetTwoFactor($userId: ID!) {\n    adminResetTwoFactor(userId: $userId) {\n      ...UserFields\n    }\n  }\n": typeof types.AdminResetTwoFactorDocument,
    "\n  query SignInProviders {\n    signInProviders {\n      id\n      name\n      startUrl\n    }\n  }\n": typeof types.SignInProvidersDocument,
    "\n  query ProviderIdentities {\n    providerIdentities {\n      ...ProviderIdentityFields\n    }\n  }\n": typeof types.ProviderIdentitiesDocument,
    "\n  mutation FinishProviderSignIn($providerCode: String!) {\n    finishProviderSignIn(providerCode: $providerCode) {\n      ...LoginResultFields\n    }\n  }\n": typeof types.FinishProviderSignInDocument,
    "\n  mutation RequestProviderSignUp($signUpToken: String!, $email: String!) {\n    requestProviderSignUp(signUpToken: $signUpToken, email: $email)\n  }\n": typeof types.RequestProviderSignUpDocument,
    "\n  mutation ConfirmProviderSignUp($token: String!) {\n    confirmProviderSignUp(token: $token) {\n      ...LoginResultFields\n    }\n  }\n": typeof types.ConfirmProviderSignUpDocument,
    "\n  mutation ConfirmProviderLink($linkToken: String!, $password: String, $code: String) {\n    confirmProviderLink(linkToken: $linkToken, password: $password, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.ConfirmProviderLinkDocument,
    "\n  mutation LinkProvider($providerCode: String!) {\n    linkProvider(providerCode: $providerCode) {\n      ...ProviderIdentityFields\n    }\n  }\n": typeof types.LinkProviderDocument,
    "\n  mutation UnlinkProvider($provider: ID!) {\n    unlinkProvider(provider: $provider) {\n      ...ProviderIdentityFields\n    }\n  }\n": typeof types.UnlinkProviderDocument,
    "\n  mutation ReauthenticateWithProvider($providerCode: String!, $code: String) {\n    reauthenticateWithProvider(providerCode: $providerCode, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.ReauthenticateWithProviderDocument,
    "\n  fragment PasskeyFields on Passkey {\n    id\n    name\n    createdAt\n    lastUsedAt\n    backupEligible\n    backedUp\n  }\n": typeof types.PasskeyFieldsFragmentDoc,
    "\n  fragment PasskeyCeremonyFields on PasskeyCeremony {\n    ceremonyId\n    optionsJson\n    expiresIn\n  }\n": typeof types.PasskeyCeremonyFieldsFragmentDoc,
    "\n  query PasskeysEnabled {\n    passkeysEnabled\n  }\n": typeof types.PasskeysEnabledDocument,
    "\n  query Passkeys {\n    passkeysEnabled\n    passkeys {\n      ...PasskeyFields\n    }\n  }\n": typeof types.PasskeysDocument,
    "\n  mutation StartPasskeyRegistration {\n    startPasskeyRegistration {\n      ...PasskeyCeremonyFields\n    }\n  }\n": typeof types.StartPasskeyRegistrationDocument,
    "\n  mutation FinishPasskeyRegistration($ceremonyId: ID!, $credentialJson: String!, $name: String!) {\n    finishPasskeyRegistration(ceremonyId: $ceremonyId, credentialJson: $credentialJson, name: $name) {\n      ...PasskeyFields\n    }\n  }\n": typeof types.FinishPasskeyRegistrationDocument,
    "\n  mutation StartPasskeySignIn {\n    startPasskeySignIn {\n      ...PasskeyCeremonyFields\n    }\n  }\n": typeof types.StartPasskeySignInDocument,
    "\n  mutation FinishPasskeySignIn($ceremonyId: ID!, $credentialJson: String!) {\n    finishPasskeySignIn(ceremonyId: $ceremonyId, credentialJson: $credentialJson) {\n      ...LoginResultFields\n    }\n  }\n": typeof types.FinishPasskeySignInDocument,
    "\n  mutation StartPasskeySecondFactor($mfaToken: String!) {\n    startPasskeySecondFactor(mfaToken: $mfaToken) {\n      ...PasskeyCeremonyFields\n    }\n  }\n": typeof types.StartPasskeySecondFactorDocument,
    "\n  mutation FinishPasskeySecondFactor($mfaToken: String!, $ceremonyId: ID!, $credentialJson: String!) {\n    finishPasskeySecondFactor(mfaToken: $mfaToken, ceremonyId: $ceremonyId, credentialJson: $credentialJson) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.FinishPasskeySecondFactorDocument,
    "\n  mutation StartPasskeyReauthentication {\n    startPasskeyReauthentication {\n      ...PasskeyCeremonyFields\n    }\n  }\n": typeof types.StartPasskeyReauthenticationDocument,
    "\n  mutation ReauthenticateWithPasskey($ceremonyId: ID!, $credentialJson: String!) {\n    reauthenticateWithPasskey(ceremonyId: $ceremonyId, credentialJson: $credentialJson) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.ReauthenticateWithPasskeyDocument,
    "\n  mutation RenamePasskey($id: ID!, $name: String!) {\n    renamePasskey(id: $id, name: $name) {\n      ...PasskeyFields\n    }\n  }\n": typeof types.RenamePasskeyDocument,
    "\n  mutation DeletePasskey($id: ID!) {\n    deletePasskey(id: $id)\n  }\n": typeof types.DeletePasskeyDocument,
};
const documents: Documents = {
    "\n  fragment UserFields on User {\n    id\n    email\n    username\n    emailVerified\n    role\n    createdAt\n    disabled\n    totpEnabled\n    hasPassword\n    passkeyCount\n  }\n": types.UserFieldsFragmentDoc,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    refreshToken\n    tokenType\n    expiresIn\n    deviceToken\n    user {\n      ...UserFields\n    }\n  }\n": types.AuthPayloadFieldsFragmentDoc,
    "\n  fragment QuoteFields on Quote {\n    id\n    text\n    author\n    createdAt\n    updatedAt\n  }\n": types.QuoteFieldsFragmentDoc,
    "\n  fragment SessionFields on Session {\n    id\n    createdAt\n    lastUsedAt\n    userAgent\n    ip\n    current\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  fragment SecurityEventFields on SecurityEvent {\n    id\n    at\n    kind\n    ip\n    userAgent\n    detail\n  }\n": types.SecurityEventFieldsFragmentDoc,
    "\n  fragment ProviderIdentityFields on ProviderIdentity {\n    provider\n    providerName\n    email\n    login\n    linkedAt\n    lastUsedAt\n  }\n": types.ProviderIdentityFieldsFragmentDoc,
    "\n  fragment LoginResultFields on LoginResult {\n    __typename\n    ... on AuthPayload {\n      ...AuthPayloadFields\n    }\n    ... on MfaChallenge {\n      mfaToken\n      expiresIn\n      methods\n    }\n    ... on LinkRequired {\n      linkToken\n      provider\n      email\n      expiresIn\n    }\n    ... on EmailRequired {\n      signUpToken\n      provider\n      # An alias: LinkRequired.email is String!, this one may be null.\n      suggestedEmail: email\n      expiresIn\n    }\n  }\n": types.LoginResultFieldsFragmentDoc,
    "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n": types.PageInfoFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n": types.MeDocument,
    "\n  query Sessions {\n    sessions {\n      ...SessionFields\n    }\n  }\n": types.SessionsDocument,
    "\n  query Quote($id: ID!) {\n    quote(id: $id) {\n      ...QuoteFields\n    }\n  }\n": types.QuoteDocument,
    "\n  query Quotes(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: QuoteFilter\n    $withTotalCount: Boolean! = false\n  ) {\n    quotes(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      nodes {\n        ...QuoteFields\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount @include(if: $withTotalCount)\n    }\n  }\n": types.QuotesDocument,
    "\n  query ErrorCodes {\n    errorCodes\n  }\n": types.ErrorCodesDocument,
    "\n  query Users($first: Int, $after: String, $search: String, $withTotalCount: Boolean! = false) {\n    users(first: $first, after: $after, search: $search) {\n      nodes {\n        ...UserFields\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount @include(if: $withTotalCount)\n    }\n  }\n": types.UsersDocument,
    "\n  query SignInActivity($days: Int = 30) {\n    signInActivity(days: $days) {\n      day\n      succeeded\n      failed\n    }\n  }\n": types.SignInActivityDocument,
    "\n  query MySecurityEvents($first: Int = 20, $after: String, $withTotalCount: Boolean! = false) {\n    me {\n      id\n      securityEvents(first: $first, after: $after) {\n        nodes {\n          ...SecurityEventFields\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n        totalCount @include(if: $withTotalCount)\n      }\n    }\n  }\n": types.MySecurityEventsDocument,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n": types.UserDocument,
    "\n  query UserSecurityEvents($id: ID!, $first: Int = 20, $after: String) {\n    user(id: $id) {\n      id\n      securityEvents(first: $first, after: $after) {\n        nodes {\n          ...SecurityEventFields\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n": types.UserSecurityEventsDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthPayload {\n        ...AuthPayloadFields\n      }\n      ... on MfaChallenge {\n        mfaToken\n        expiresIn\n        methods\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Refresh($refreshToken: String) {\n    refresh(refreshToken: $refreshToken) {\n      ...AuthPayloadFields\n    }\n  }\n": types.RefreshDocument,
    "\n  mutation Logout($scope: LogoutScope = LOCAL) {\n    logout(scope: $scope)\n  }\n": types.LogoutDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation Reauthenticate($password: String!, $code: String) {\n    reauthenticate(password: $password, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n": types.ReauthenticateDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...AuthPayloadFields\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation DeleteAccount($password: String) {\n    deleteAccount(password: $password)\n  }\n": types.DeleteAccountDocument,
    "\n  mutation EnrollTotp {\n    enrollTotp {\n      secret\n      otpauthUrl\n      qrCodeDataUrl\n    }\n  }\n": types.EnrollTotpDocument,
    "\n  mutation ConfirmTotp($code: String!) {\n    confirmTotp(code: $code)\n  }\n": types.ConfirmTotpDocument,
    "\n  mutation VerifyTotp($mfaToken: String!, $code: String!) {\n    verifyTotp(mfaToken: $mfaToken, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n": types.VerifyTotpDocument,
    "\n  mutation DisableTotp($password: String, $code: String!) {\n    disableTotp(password: $password, code: $code) {\n      ...UserFields\n    }\n  }\n": types.DisableTotpDocument,
    "\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n": types.RegenerateRecoveryCodesDocument,
    "\n  mutation CreateRecoveryCodes {\n    createRecoveryCodes\n  }\n": types.CreateRecoveryCodesDocument,
    "\n  mutation RequestEmailVerification {\n    requestEmailVerification\n  }\n": types.RequestEmailVerificationDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      ...UserFields\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation RequestEmailChange($newEmail: String!, $currentPassword: String) {\n    requestEmailChange(newEmail: $newEmail, currentPassword: $currentPassword)\n  }\n": types.RequestEmailChangeDocument,
    "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      ...UserFields\n    }\n  }\n": types.ConfirmEmailChangeDocument,
    "\n  mutation CreateQuote($input: CreateQuoteInput!) {\n    createQuote(input: $input) {\n      ...QuoteFields\n    }\n  }\n": types.CreateQuoteDocument,
    "\n  mutation UpdateQuote($id: ID!, $input: UpdateQuoteInput!) {\n    updateQuote(id: $id, input: $input) {\n      ...QuoteFields\n    }\n  }\n": types.UpdateQuoteDocument,
    "\n  mutation DeleteQuote($id: ID!) {\n    deleteQuote(id: $id)\n  }\n": types.DeleteQuoteDocument,
    "\n  mutation SetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      ...UserFields\n    }\n  }\n": types.SetUserRoleDocument,
    "\n  mutation AdminResetPassword($userId: ID!, $newPassword: String!) {\n    adminResetPassword(userId: $userId, newPassword: $newPassword)\n  }\n": types.AdminResetPasswordDocument,
    "\n  mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {\n    setUserDisabled(userId: $userId, disabled: $disabled) {\n      ...UserFields\n    }\n  }\n": types.SetUserDisabledDocument,
    "\n  mutation AdminResetTwoFactor($userId: ID!) {\n    adminResetTwoFactor(userId: $userId) {\n      ...UserFields\n    }\n  }\n": types.AdminResetTwoFactorDocument,
    "\n  query SignInProviders {\n    signInProviders {\n      id\n      name\n      startUrl\n    }\n  }\n": types.SignInProvidersDocument,
    "\n  query ProviderIdentities {\n    providerIdentities {\n      ...ProviderIdentityFields\n    }\n  }\n": types.ProviderIdentitiesDocument,
    "\n  mutation FinishProviderSignIn($providerCode: String!) {\n    finishProviderSignIn(providerCode: $providerCode) {\n      ...LoginResultFields\n    }\n  }\n": types.FinishProviderSignInDocument,
    "\n  mutation RequestProviderSignUp($signUpToken: String!, $email: String!) {\n    requestProviderSignUp(signUpToken: $signUpToken, email: $email)\n  }\n": types.RequestProviderSignUpDocument,
    "\n  mutation ConfirmProviderSignUp($token: String!) {\n    confirmProviderSignUp(token: $token) {\n      ...LoginResultFields\n    }\n  }\n": types.ConfirmProviderSignUpDocument,
    "\n  mutation ConfirmProviderLink($linkToken: String!, $password: String, $code: String) {\n    confirmProviderLink(linkToken: $linkToken, password: $password, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n": types.ConfirmProviderLinkDocument,
    "\n  mutation LinkProvider($providerCode: String!) {\n    linkProvider(providerCode: $providerCode) {\n      ...ProviderIdentityFields\n    }\n  }\n": types.LinkProviderDocument,
    "\n  mutation UnlinkProvider($provider: ID!) {\n    unlinkProvider(provider: $provider) {\n      ...ProviderIdentityFields\n    }\n  }\n": types.UnlinkProviderDocument,
    "\n  mutation ReauthenticateWithProvider($providerCode: String!, $code: String) {\n    reauthenticateWithProvider(providerCode: $providerCode, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n": types.ReauthenticateWithProviderDocument,
    "\n  fragment PasskeyFields on Passkey {\n    id\n    name\n    createdAt\n    lastUsedAt\n    backupEligible\n    backedUp\n  }\n": types.PasskeyFieldsFragmentDoc,
    "\n  fragment PasskeyCeremonyFields on PasskeyCeremony {\n    ceremonyId\n    optionsJson\n    expiresIn\n  }\n": types.PasskeyCeremonyFieldsFragmentDoc,
    "\n  query PasskeysEnabled {\n    passkeysEnabled\n  }\n": types.PasskeysEnabledDocument,
    "\n  query Passkeys {\n    passkeysEnabled\n    passkeys {\n      ...PasskeyFields\n    }\n  }\n": types.PasskeysDocument,
    "\n  mutation StartPasskeyRegistration {\n    startPasskeyRegistration {\n      ...PasskeyCeremonyFields\n    }\n  }\n": types.StartPasskeyRegistrationDocument,
    "\n  mutation FinishPasskeyRegistration($ceremonyId: ID!, $credentialJson: String!, $name: String!) {\n    finishPasskeyRegistration(ceremonyId: $ceremonyId, credentialJson: $credentialJson, name: $name) {\n      ...PasskeyFields\n    }\n  }\n": types.FinishPasskeyRegistrationDocument,
    "\n  mutation StartPasskeySignIn {\n    startPasskeySignIn {\n      ...PasskeyCeremonyFields\n    }\n  }\n": types.StartPasskeySignInDocument,
    "\n  mutation FinishPasskeySignIn($ceremonyId: ID!, $credentialJson: String!) {\n    finishPasskeySignIn(ceremonyId: $ceremonyId, credentialJson: $credentialJson) {\n      ...LoginResultFields\n    }\n  }\n": types.FinishPasskeySignInDocument,
    "\n  mutation StartPasskeySecondFactor($mfaToken: String!) {\n    startPasskeySecondFactor(mfaToken: $mfaToken) {\n      ...PasskeyCeremonyFields\n    }\n  }\n": types.StartPasskeySecondFactorDocument,
    "\n  mutation FinishPasskeySecondFactor($mfaToken: String!, $ceremonyId: ID!, $credentialJson: String!) {\n    finishPasskeySecondFactor(mfaToken: $mfaToken, ceremonyId: $ceremonyId, credentialJson: $credentialJson) {\n      ...AuthPayloadFields\n    }\n  }\n": types.FinishPasskeySecondFactorDocument,
    "\n  mutation StartPasskeyReauthentication {\n    startPasskeyReauthentication {\n      ...PasskeyCeremonyFields\n    }\n  }\n": types.StartPasskeyReauthenticationDocument,
    "\n  mutation ReauthenticateWithPasskey($ceremonyId: ID!, $credentialJson: String!) {\n    reauthenticateWithPasskey(ceremonyId: $ceremonyId, credentialJson: $credentialJson) {\n      ...AuthPayloadFields\n    }\n  }\n": types.ReauthenticateWithPasskeyDocument,
    "\n  mutation RenamePasskey($id: ID!, $name: String!) {\n    renamePasskey(id: $id, name: $name) {\n      ...PasskeyFields\n    }\n  }\n": types.RenamePasskeyDocument,
    "\n  mutation DeletePasskey($id: ID!) {\n    deletePasskey(id: $id)\n  }\n": types.DeletePasskeyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    email\n    username\n    emailVerified\n    role\n    createdAt\n    disabled\n    totpEnabled\n    hasPassword\n    passkeyCount\n  }\n"): typeof import('./graphql.js').UserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    refreshToken\n    tokenType\n    expiresIn\n    deviceToken\n    user {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql.js').AuthPayloadFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuoteFields on Quote {\n    id\n    text\n    author\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql.js').QuoteFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on Session {\n    id\n    createdAt\n    lastUsedAt\n    userAgent\n    ip\n    current\n  }\n"): typeof import('./graphql.js').SessionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SecurityEventFields on SecurityEvent {\n    id\n    at\n    kind\n    ip\n    userAgent\n    detail\n  }\n"): typeof import('./graphql.js').SecurityEventFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProviderIdentityFields on ProviderIdentity {\n    provider\n    providerName\n    email\n    login\n    linkedAt\n    lastUsedAt\n  }\n"): typeof import('./graphql.js').ProviderIdentityFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LoginResultFields on LoginResult {\n    __typename\n    ... on AuthPayload {\n      ...AuthPayloadFields\n    }\n    ... on MfaChallenge {\n      mfaToken\n      expiresIn\n      methods\n    }\n    ... on LinkRequired {\n      linkToken\n      provider\n      email\n      expiresIn\n    }\n    ... on EmailRequired {\n      signUpToken\n      provider\n      # An alias: LinkRequired.email is String!, this one may be null.\n      suggestedEmail: email\n      expiresIn\n    }\n  }\n"): typeof import('./graphql.js').LoginResultFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n"): typeof import('./graphql.js').PageInfoFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql.js').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sessions {\n    sessions {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql.js').SessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Quote($id: ID!) {\n    quote(id: $id) {\n      ...QuoteFields\n    }\n  }\n"): typeof import('./graphql.js').QuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Quotes(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: QuoteFilter\n    $withTotalCount: Boolean! = false\n  ) {\n    quotes(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      nodes {\n        ...QuoteFields\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount @include(if: $withTotalCount)\n    }\n  }\n"): typeof import('./graphql.js').QuotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorCodes {\n    errorCodes\n  }\n"): typeof import('./graphql.js').ErrorCodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int, $after: String, $search: String, $withTotalCount: Boolean! = false) {\n    users(first: $first, after: $after, search: $search) {\n      nodes {\n        ...UserFields\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount @include(if: $withTotalCount)\n    }\n  }\n"): typeof import('./graphql.js').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInActivity($days: Int = 30) {\n    signInActivity(days: $days) {\n      day\n      succeeded\n      failed\n    }\n  }\n"): typeof import('./graphql.js').SignInActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySecurityEvents($first: Int = 20, $after: String, $withTotalCount: Boolean! = false) {\n    me {\n      id\n      securityEvents(first: $first, after: $after) {\n        nodes {\n          ...SecurityEventFields\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n        totalCount @include(if: $withTotalCount)\n      }\n    }\n  }\n"): typeof import('./graphql.js').MySecurityEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql.js').UserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserSecurityEvents($id: ID!, $first: Int = 20, $after: String) {\n    user(id: $id) {\n      id\n      securityEvents(first: $first, after: $after) {\n        nodes {\n          ...SecurityEventFields\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').UserSecurityEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): typeof import('./graphql.js').RegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AuthPayload {\n        ...AuthPayloadFields\n      }\n      ... on MfaChallenge {\n        mfaToken\n        expiresIn\n        methods\n      }\n    }\n  }\n"): typeof import('./graphql.js').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refresh($refreshToken: String) {\n    refresh(refreshToken: $refreshToken) {\n      ...AuthPayloadFields\n    }\n  }\n"): typeof import('./graphql.js').RefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($scope: LogoutScope = LOCAL) {\n    logout(scope: $scope)\n  }\n"): typeof import('./graphql.js').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): typeof import('./graphql.js').RevokeSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reauthenticate($password: String!, $code: String) {\n    reauthenticate(password: $password, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n"): typeof import('./graphql.js').ReauthenticateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...AuthPayloadFields\n    }\n  }\n"): typeof import('./graphql.js').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccount($password: String) {\n    deleteAccount(password: $password)\n  }\n"): typeof import('./graphql.js').DeleteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrollTotp {\n    enrollTotp {\n      secret\n      otpauthUrl\n      qrCodeDataUrl\n    }\n  }\n"): typeof import('./graphql.js').EnrollTotpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotp($code: String!) {\n    confirmTotp(code: $code)\n  }\n"): typeof import('./graphql.js').ConfirmTotpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyTotp($mfaToken: String!, $code: String!) {\n    verifyTotp(mfaToken: $mfaToken, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n"): typeof import('./graphql.js').VerifyTotpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTotp($password: String, $code: String!) {\n    disableTotp(password: $password, code: $code) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql.js').DisableTotpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n"): typeof import('./graphql.js').RegenerateRecoveryCodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRecoveryCodes {\n    createRecoveryCodes\n  }\n"): typeof import('./graphql.js').CreateRecoveryCodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmailVerification {\n    requestEmailVerification\n  }\n"): typeof import('./graphql.js').RequestEmailVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql.js').VerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): typeof import('./graphql.js').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"): typeof import('./graphql.js').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmailChange($newEmail: String!, $currentPassword: String) {\n    requestEmailChange(newEmail: $newEmail, currentPassword: $currentPassword)\n  }\n"): typeof import('./graphql.js').RequestEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql.js').ConfirmEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQuote($input: CreateQuoteInput!) {\n    createQuote(input: $input) {\n      ...QuoteFields\n    }\n  }\n"): typeof import('./graphql.js').CreateQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateQuote($id: ID!, $input: UpdateQuoteInput!) {\n    updateQuote(id: $id, input: $input) {\n      ...QuoteFields\n    }\n  }\n"): typeof import('./graphql.js').UpdateQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteQuote($id: ID!) {\n    deleteQuote(id: $id)\n  }\n"): typeof import('./graphql.js').DeleteQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql.js').SetUserRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminResetPassword($userId: ID!, $newPassword: String!) {\n    adminResetPassword(userId: $userId, newPassword: $newPassword)\n  }\n"): typeof import('./graphql.js').AdminResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {\n    setUserDisabled(userId: $userId, disabled: $disabled) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql.js').SetUserDisabledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminResetTwoFactor($userId: ID!) {\n    adminResetTwoFactor(userId: $userId) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql.js').AdminResetTwoFactorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInProviders {\n    signInProviders {\n      id\n      name\n      startUrl\n    }\n  }\n"): typeof import('./graphql.js').SignInProvidersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderIdentities {\n    providerIdentities {\n      ...ProviderIdentityFields\n    }\n  }\n"): typeof import('./graphql.js').ProviderIdentitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishProviderSignIn($providerCode: String!) {\n    finishProviderSignIn(providerCode: $providerCode) {\n      ...LoginResultFields\n    }\n  }\n"): typeof import('./graphql.js').FinishProviderSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestProviderSignUp($signUpToken: String!, $email: String!) {\n    requestProviderSignUp(signUpToken: $signUpToken, email: $email)\n  }\n"): typeof import('./graphql.js').RequestProviderSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmProviderSignUp($token: String!) {\n    confirmProviderSignUp(token: $token) {\n      ...LoginResultFields\n    }\n  }\n"): typeof import('./graphql.js').ConfirmProviderSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmProviderLink($linkToken: String!, $password: String, $code: String) {\n    confirmProviderLink(linkToken: $linkToken, password: $password, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n"): typeof import('./graphql.js').ConfirmProviderLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkProvider($providerCode: String!) {\n    linkProvider(providerCode: $providerCode) {\n      ...ProviderIdentityFields\n    }\n  }\n"): typeof import('./graphql.js').LinkProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkProvider($provider: ID!) {\n    unlinkProvider(provider: $provider) {\n      ...ProviderIdentityFields\n    }\n  }\n"): typeof import('./graphql.js').UnlinkProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReauthenticateWithProvider($providerCode: String!, $code: String) {\n    reauthenticateWithProvider(providerCode: $providerCode, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n"): typeof import('./graphql.js').ReauthenticateWithProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PasskeyFields on Passkey {\n    id\n    name\n    createdAt\n    lastUsedAt\n    backupEligible\n    backedUp\n  }\n"): typeof import('./graphql.js').PasskeyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PasskeyCeremonyFields on PasskeyCeremony {\n    ceremonyId\n    optionsJson\n    expiresIn\n  }\n"): typeof import('./graphql.js').PasskeyCeremonyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasskeysEnabled {\n    passkeysEnabled\n  }\n"): typeof import('./graphql.js').PasskeysEnabledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Passkeys {\n    passkeysEnabled\n    passkeys {\n      ...PasskeyFields\n    }\n  }\n"): typeof import('./graphql.js').PasskeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPasskeyRegistration {\n    startPasskeyRegistration {\n      ...PasskeyCeremonyFields\n    }\n  }\n"): typeof import('./graphql.js').StartPasskeyRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishPasskeyRegistration($ceremonyId: ID!, $credentialJson: String!, $name: String!) {\n    finishPasskeyRegistration(ceremonyId: $ceremonyId, credentialJson: $credentialJson, name: $name) {\n      ...PasskeyFields\n    }\n  }\n"): typeof import('./graphql.js').FinishPasskeyRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPasskeySignIn {\n    startPasskeySignIn {\n      ...PasskeyCeremonyFields\n    }\n  }\n"): typeof import('./graphql.js').StartPasskeySignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishPasskeySignIn($ceremonyId: ID!, $credentialJson: String!) {\n    finishPasskeySignIn(ceremonyId: $ceremonyId, credentialJson: $credentialJson) {\n      ...LoginResultFields\n    }\n  }\n"): typeof import('./graphql.js').FinishPasskeySignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPasskeySecondFactor($mfaToken: String!) {\n    startPasskeySecondFactor(mfaToken: $mfaToken) {\n      ...PasskeyCeremonyFields\n    }\n  }\n"): typeof import('./graphql.js').StartPasskeySecondFactorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishPasskeySecondFactor($mfaToken: String!, $ceremonyId: ID!, $credentialJson: String!) {\n    finishPasskeySecondFactor(mfaToken: $mfaToken, ceremonyId: $ceremonyId, credentialJson: $credentialJson) {\n      ...AuthPayloadFields\n    }\n  }\n"): typeof import('./graphql.js').FinishPasskeySecondFactorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPasskeyReauthentication {\n    startPasskeyReauthentication {\n      ...PasskeyCeremonyFields\n    }\n  }\n"): typeof import('./graphql.js').StartPasskeyReauthenticationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReauthenticateWithPasskey($ceremonyId: ID!, $credentialJson: String!) {\n    reauthenticateWithPasskey(ceremonyId: $ceremonyId, credentialJson: $credentialJson) {\n      ...AuthPayloadFields\n    }\n  }\n"): typeof import('./graphql.js').ReauthenticateWithPasskeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenamePasskey($id: ID!, $name: String!) {\n    renamePasskey(id: $id, name: $name) {\n      ...PasskeyFields\n    }\n  }\n"): typeof import('./graphql.js').RenamePasskeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePasskey($id: ID!) {\n    deletePasskey(id: $id)\n  }\n"): typeof import('./graphql.js').DeletePasskeyDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
