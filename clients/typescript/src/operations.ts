// One typed document per API operation. `npm run codegen` reads this file and writes the
// result and variable types to src/gql/. Names: the camelCase operation name plus its kind
// (`quotesQuery`, `createQuoteMutation`); the generated types use PascalCase (`QuotesQuery`,
// `QuotesQueryVariables`). Every Query and Mutation field of schema.graphql has a document here
// (test/unit.test.ts checks it).
import { graphql } from './gql/index.js';

// ---------------------------------------------------------------------------------- fragments

export const userFieldsFragment = graphql(`
  fragment UserFields on User {
    id
    email
    username
    emailVerified
    role
    createdAt
    disabled
    totpEnabled
    hasPassword
    passkeyCount
  }
`);

export const authPayloadFieldsFragment = graphql(`
  fragment AuthPayloadFields on AuthPayload {
    accessToken
    refreshToken
    tokenType
    expiresIn
    deviceToken
    user {
      ...UserFields
    }
  }
`);

export const quoteFieldsFragment = graphql(`
  fragment QuoteFields on Quote {
    id
    text
    author
    createdAt
    updatedAt
  }
`);

export const sessionFieldsFragment = graphql(`
  fragment SessionFields on Session {
    id
    createdAt
    lastUsedAt
    userAgent
    ip
    current
  }
`);

export const securityEventFieldsFragment = graphql(`
  fragment SecurityEventFields on SecurityEvent {
    id
    at
    kind
    ip
    userAgent
    detail
  }
`);

export const providerIdentityFieldsFragment = graphql(`
  fragment ProviderIdentityFields on ProviderIdentity {
    provider
    providerName
    email
    login
    linkedAt
    lastUsedAt
  }
`);

/** Every answer of a sign-in through a provider (finishProviderSignIn, confirmProviderSignUp). */
export const loginResultFieldsFragment = graphql(`
  fragment LoginResultFields on LoginResult {
    __typename
    ... on AuthPayload {
      ...AuthPayloadFields
    }
    ... on MfaChallenge {
      mfaToken
      expiresIn
      methods
    }
    ... on LinkRequired {
      linkToken
      provider
      email
      expiresIn
    }
    ... on EmailRequired {
      signUpToken
      provider
      # An alias: LinkRequired.email is String!, this one may be null.
      suggestedEmail: email
      expiresIn
    }
  }
`);

export const pageInfoFieldsFragment = graphql(`
  fragment PageInfoFields on PageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
`);

// ------------------------------------------------------------------------------------ queries

export const meQuery = graphql(`
  query Me {
    me {
      ...UserFields
    }
  }
`);

export const sessionsQuery = graphql(`
  query Sessions {
    sessions {
      ...SessionFields
    }
  }
`);

export const quoteQuery = graphql(`
  query Quote($id: ID!) {
    quote(id: $id) {
      ...QuoteFields
    }
  }
`);

/** Pages forward with first/after, backward with last/before. totalCount costs a count: ask for it. */
export const quotesQuery = graphql(`
  query Quotes(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: QuoteFilter
    $withTotalCount: Boolean! = false
  ) {
    quotes(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      nodes {
        ...QuoteFields
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount @include(if: $withTotalCount)
    }
  }
`);

export const errorCodesQuery = graphql(`
  query ErrorCodes {
    errorCodes
  }
`);

/** ADMIN only. */
export const usersQuery = graphql(`
  query Users($first: Int, $after: String, $search: String, $withTotalCount: Boolean! = false) {
    users(first: $first, after: $after, search: $search) {
      nodes {
        ...UserFields
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount @include(if: $withTotalCount)
    }
  }
`);

/** ADMIN only. Sign-ins per UTC day (day = YYYY-MM-DD), oldest first, zeros included. */
export const signInActivityQuery = graphql(`
  query SignInActivity($days: Int = 30) {
    signInActivity(days: $days) {
      day
      succeeded
      failed
    }
  }
`);

/** The caller's own security events (User.securityEvents). */
export const mySecurityEventsQuery = graphql(`
  query MySecurityEvents($first: Int = 20, $after: String, $withTotalCount: Boolean! = false) {
    me {
      id
      securityEvents(first: $first, after: $after) {
        nodes {
          ...SecurityEventFields
        }
        pageInfo {
          ...PageInfoFields
        }
        totalCount @include(if: $withTotalCount)
      }
    }
  }
`);

/** ADMIN only: one account by id; `user` is null when there is none. */
export const userQuery = graphql(`
  query User($id: ID!) {
    user(id: $id) {
      ...UserFields
    }
  }
`);

/** ADMIN only: a page of one account's security events, newest first. */
export const userSecurityEventsQuery = graphql(`
  query UserSecurityEvents($id: ID!, $first: Int = 20, $after: String) {
    user(id: $id) {
      id
      securityEvents(first: $first, after: $after) {
        nodes {
          ...SecurityEventFields
        }
        pageInfo {
          ...PageInfoFields
        }
      }
    }
  }
`);

// ---------------------------------------------------------------------- sign-in and sessions

export const registerMutation = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      ...AuthPayloadFields
    }
  }
`);

export const loginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on AuthPayload {
        ...AuthPayloadFields
      }
      ... on MfaChallenge {
        mfaToken
        expiresIn
        methods
      }
    }
  }
`);

/** Bearer mode: pass refreshToken. Cookie mode: omit it (the HttpOnly cookie is used). */
export const refreshMutation = graphql(`
  mutation Refresh($refreshToken: String) {
    refresh(refreshToken: $refreshToken) {
      ...AuthPayloadFields
    }
  }
`);

export const logoutMutation = graphql(`
  mutation Logout($scope: LogoutScope = LOCAL) {
    logout(scope: $scope)
  }
`);

export const revokeSessionMutation = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);

export const reauthenticateMutation = graphql(`
  mutation Reauthenticate($password: String!, $code: String) {
    reauthenticate(password: $password, code: $code) {
      ...AuthPayloadFields
    }
  }
`);

export const changePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      ...AuthPayloadFields
    }
  }
`);

/** password: null (omitted) only for an account without one (User.hasPassword false), after a recent authentication. */
export const deleteAccountMutation = graphql(`
  mutation DeleteAccount($password: String) {
    deleteAccount(password: $password)
  }
`);

// -------------------------------------------------------------------------------- two-factor

export const enrollTotpMutation = graphql(`
  mutation EnrollTotp {
    enrollTotp {
      secret
      otpauthUrl
      qrCodeDataUrl
    }
  }
`);

export const confirmTotpMutation = graphql(`
  mutation ConfirmTotp($code: String!) {
    confirmTotp(code: $code)
  }
`);

export const verifyTotpMutation = graphql(`
  mutation VerifyTotp($mfaToken: String!, $code: String!) {
    verifyTotp(mfaToken: $mfaToken, code: $code) {
      ...AuthPayloadFields
    }
  }
`);

/** password: null (omitted) only for an account without one, after a recent authentication. */
export const disableTotpMutation = graphql(`
  mutation DisableTotp($password: String, $code: String!) {
    disableTotp(password: $password, code: $code) {
      ...UserFields
    }
  }
`);

export const regenerateRecoveryCodesMutation = graphql(`
  mutation RegenerateRecoveryCodes($code: String!) {
    regenerateRecoveryCodes(code: $code)
  }
`);

/** New recovery codes for an account with a second factor (TOTP or a passkey); recent authentication. */
export const createRecoveryCodesMutation = graphql(`
  mutation CreateRecoveryCodes {
    createRecoveryCodes
  }
`);

// ------------------------------------------------------------------------- email and password

export const requestEmailVerificationMutation = graphql(`
  mutation RequestEmailVerification {
    requestEmailVerification
  }
`);

export const verifyEmailMutation = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      ...UserFields
    }
  }
`);

export const requestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const resetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

/** currentPassword: null (omitted) only for an account without one, after a recent authentication. */
export const requestEmailChangeMutation = graphql(`
  mutation RequestEmailChange($newEmail: String!, $currentPassword: String) {
    requestEmailChange(newEmail: $newEmail, currentPassword: $currentPassword)
  }
`);

export const confirmEmailChangeMutation = graphql(`
  mutation ConfirmEmailChange($token: String!) {
    confirmEmailChange(token: $token) {
      ...UserFields
    }
  }
`);

// ------------------------------------------------------------------------------------ quotes

export const createQuoteMutation = graphql(`
  mutation CreateQuote($input: CreateQuoteInput!) {
    createQuote(input: $input) {
      ...QuoteFields
    }
  }
`);

export const updateQuoteMutation = graphql(`
  mutation UpdateQuote($id: ID!, $input: UpdateQuoteInput!) {
    updateQuote(id: $id, input: $input) {
      ...QuoteFields
    }
  }
`);

export const deleteQuoteMutation = graphql(`
  mutation DeleteQuote($id: ID!) {
    deleteQuote(id: $id)
  }
`);

// ------------------------------------------------------------------------------------- admin

export const setUserRoleMutation = graphql(`
  mutation SetUserRole($userId: ID!, $role: Role!) {
    setUserRole(userId: $userId, role: $role) {
      ...UserFields
    }
  }
`);

export const adminResetPasswordMutation = graphql(`
  mutation AdminResetPassword($userId: ID!, $newPassword: String!) {
    adminResetPassword(userId: $userId, newPassword: $newPassword)
  }
`);

export const setUserDisabledMutation = graphql(`
  mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {
    setUserDisabled(userId: $userId, disabled: $disabled) {
      ...UserFields
    }
  }
`);

export const adminResetTwoFactorMutation = graphql(`
  mutation AdminResetTwoFactor($userId: ID!) {
    adminResetTwoFactor(userId: $userId) {
      ...UserFields
    }
  }
`);

// ------------------------------------------------------------------------- sign-in providers

/** The providers users can sign in with; send the browser to startUrl (see providerSignInUrl). */
export const signInProvidersQuery = graphql(`
  query SignInProviders {
    signInProviders {
      id
      name
      startUrl
    }
  }
`);

/** The provider accounts linked to the caller, oldest first. */
export const providerIdentitiesQuery = graphql(`
  query ProviderIdentities {
    providerIdentities {
      ...ProviderIdentityFields
    }
  }
`);

/** The code the browser brought back from a provider sign-in (single use, 2 minutes). */
export const finishProviderSignInMutation = graphql(`
  mutation FinishProviderSignIn($providerCode: String!) {
    finishProviderSignIn(providerCode: $providerCode) {
      ...LoginResultFields
    }
  }
`);

/** After EmailRequired: mails a link that finishes the sign-up (always true). */
export const requestProviderSignUpMutation = graphql(`
  mutation RequestProviderSignUp($signUpToken: String!, $email: String!) {
    requestProviderSignUp(signUpToken: $signUpToken, email: $email)
  }
`);

/** The token of the link requestProviderSignUp mailed. */
export const confirmProviderSignUpMutation = graphql(`
  mutation ConfirmProviderSignUp($token: String!) {
    confirmProviderSignUp(token: $token) {
      ...LoginResultFields
    }
  }
`);

/** After LinkRequired: the account's password (and code with TOTP on), or null signed in to it. */
export const confirmProviderLinkMutation = graphql(`
  mutation ConfirmProviderLink($linkToken: String!, $password: String, $code: String) {
    confirmProviderLink(linkToken: $linkToken, password: $password, code: $code) {
      ...AuthPayloadFields
    }
  }
`);

/** Needs a recent authentication: the code of a provider sign-in started for this. */
export const linkProviderMutation = graphql(`
  mutation LinkProvider($providerCode: String!) {
    linkProvider(providerCode: $providerCode) {
      ...ProviderIdentityFields
    }
  }
`);

/** Needs a recent authentication; FORBIDDEN when it is the account's last way to sign in. */
export const unlinkProviderMutation = graphql(`
  mutation UnlinkProvider($provider: ID!) {
    unlinkProvider(provider: $provider) {
      ...ProviderIdentityFields
    }
  }
`);

/** Like reauthenticate, with the code of a provider sign-in (code: the TOTP one when it is on). */
export const reauthenticateWithProviderMutation = graphql(`
  mutation ReauthenticateWithProvider($providerCode: String!, $code: String) {
    reauthenticateWithProvider(providerCode: $providerCode, code: $code) {
      ...AuthPayloadFields
    }
  }
`);

// ---------------------------------------------------------------------------------- passkeys

export const passkeyFieldsFragment = graphql(`
  fragment PasskeyFields on Passkey {
    id
    name
    createdAt
    lastUsedAt
    backupEligible
    backedUp
  }
`);

export const passkeyCeremonyFieldsFragment = graphql(`
  fragment PasskeyCeremonyFields on PasskeyCeremony {
    ceremonyId
    optionsJson
    expiresIn
  }
`);

/** Public: whether the server offers passkeys (a sign-in page asks before showing the button). */
export const passkeysEnabledQuery = graphql(`
  query PasskeysEnabled {
    passkeysEnabled
  }
`);

export const passkeysQuery = graphql(`
  query Passkeys {
    passkeysEnabled
    passkeys {
      ...PasskeyFields
    }
  }
`);

export const startPasskeyRegistrationMutation = graphql(`
  mutation StartPasskeyRegistration {
    startPasskeyRegistration {
      ...PasskeyCeremonyFields
    }
  }
`);

export const finishPasskeyRegistrationMutation = graphql(`
  mutation FinishPasskeyRegistration($ceremonyId: ID!, $credentialJson: String!, $name: String!) {
    finishPasskeyRegistration(ceremonyId: $ceremonyId, credentialJson: $credentialJson, name: $name) {
      ...PasskeyFields
    }
  }
`);

export const startPasskeySignInMutation = graphql(`
  mutation StartPasskeySignIn {
    startPasskeySignIn {
      ...PasskeyCeremonyFields
    }
  }
`);

export const finishPasskeySignInMutation = graphql(`
  mutation FinishPasskeySignIn($ceremonyId: ID!, $credentialJson: String!) {
    finishPasskeySignIn(ceremonyId: $ceremonyId, credentialJson: $credentialJson) {
      ...LoginResultFields
    }
  }
`);

export const startPasskeySecondFactorMutation = graphql(`
  mutation StartPasskeySecondFactor($mfaToken: String!) {
    startPasskeySecondFactor(mfaToken: $mfaToken) {
      ...PasskeyCeremonyFields
    }
  }
`);

export const finishPasskeySecondFactorMutation = graphql(`
  mutation FinishPasskeySecondFactor($mfaToken: String!, $ceremonyId: ID!, $credentialJson: String!) {
    finishPasskeySecondFactor(mfaToken: $mfaToken, ceremonyId: $ceremonyId, credentialJson: $credentialJson) {
      ...AuthPayloadFields
    }
  }
`);

export const startPasskeyReauthenticationMutation = graphql(`
  mutation StartPasskeyReauthentication {
    startPasskeyReauthentication {
      ...PasskeyCeremonyFields
    }
  }
`);

export const reauthenticateWithPasskeyMutation = graphql(`
  mutation ReauthenticateWithPasskey($ceremonyId: ID!, $credentialJson: String!) {
    reauthenticateWithPasskey(ceremonyId: $ceremonyId, credentialJson: $credentialJson) {
      ...AuthPayloadFields
    }
  }
`);

export const renamePasskeyMutation = graphql(`
  mutation RenamePasskey($id: ID!, $name: String!) {
    renamePasskey(id: $id, name: $name) {
      ...PasskeyFields
    }
  }
`);

export const deletePasskeyMutation = graphql(`
  mutation DeletePasskey($id: ID!) {
    deletePasskey(id: $id)
  }
`);
