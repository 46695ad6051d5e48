/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CreateQuoteInput = {
  author: string;
  text: string;
};

export type ErrorCode =
  /** An input failed validation; extensions.field names it. */
  | 'BAD_USER_INPUT'
  /** A unique value (username or email) is taken; extensions.field names it. */
  | 'CONFLICT'
  /** Authenticated, but not allowed (role, unverified email where required, disabled account). */
  | 'FORBIDDEN'
  /** Anything unexpected; details are logged, never returned. */
  | 'INTERNAL_SERVER_ERROR'
  /** Login failed. Identical for an unknown login and a wrong password. */
  | 'INVALID_CREDENTIALS'
  /** A TOTP or recovery code is wrong or was already used. */
  | 'INVALID_MFA_CODE'
  /** A refresh, verification, reset or MFA token is unknown, expired, used or revoked. */
  | 'INVALID_TOKEN'
  /** The object does not exist or does not belong to the caller. */
  | 'NOT_FOUND'
  /** Query too deep, too complex, or too large. */
  | 'QUERY_TOO_COMPLEX'
  /** Too many attempts; extensions.retryAfter is the number of seconds to wait. */
  | 'RATE_LIMITED'
  /** The operation needs a recent proof of the user's credentials: call reauthenticate, then retry. */
  | 'REAUTHENTICATION_REQUIRED'
  /** No valid access token: missing, malformed, bad signature, expired, or its session was revoked. */
  | 'UNAUTHENTICATED';

export type LoginInput = {
  /** From an earlier successful sign-in on this device: failures from other clients do not lock it out. */
  deviceToken?: string | null | undefined;
  /** Username or email. */
  login: string;
  password: string;
};

/** Which sessions a logout ends. */
export type LogoutScope =
  /** Every session of the user. */
  | 'GLOBAL'
  /** Only the session of the access token used. */
  | 'LOCAL'
  /** Every session of the user except the current one. */
  | 'OTHERS';

export type QuoteFilter = {
  /** Exact author match, case-insensitive. */
  author?: string | null | undefined;
  /** Substring of text or author, case-insensitive. */
  search?: string | null | undefined;
};

export type RegisterInput = {
  email: string;
  password: string;
  username: string;
};

export type Role =
  | 'ADMIN'
  | 'USER';

/** A second factor that can meet an MfaChallenge. */
export type SecondFactorMethod =
  | 'PASSKEY'
  | 'RECOVERY_CODE'
  | 'TOTP';

/** What happened. */
export type SecurityEventKind =
  | 'ACCOUNT_DELETED'
  /** detail: {"by": admin id} */
  | 'ACCOUNT_DISABLED'
  /** detail: {"by": admin id} */
  | 'ACCOUNT_ENABLED'
  | 'EMAIL_CHANGED'
  /** A sign-in provider's account was linked. detail: {"provider"} */
  | 'IDENTITY_LINKED'
  /** A sign-in provider's account was unlinked. detail: {"provider"} */
  | 'IDENTITY_UNLINKED'
  /** A passkey was registered. detail: {"name"} */
  | 'PASSKEY_ADDED'
  /** A passkey was deleted. detail: {"name"} */
  | 'PASSKEY_REMOVED'
  | 'PASSWORD_CHANGED'
  /** detail: {"by": admin id} or {"via": "email"} */
  | 'PASSWORD_RESET'
  /** A retired refresh token was presented again; its session was revoked. detail: {"sessionId"} */
  | 'REFRESH_TOKEN_REUSED'
  /** detail: {"role", "by": admin id} */
  | 'ROLE_CHANGED'
  /** detail: {"reason": "wrong_password" | "wrong_second_factor" | "account_disabled"} */
  | 'SIGN_IN_FAILED'
  /** detail: {"amr": "pwd" | "pwd totp" | "pwd recovery"} */
  | 'SIGN_IN_SUCCEEDED'
  | 'TOTP_DISABLED'
  | 'TOTP_ENABLED'
  /** An admin turned the second factor off. detail: {"by": admin id} */
  | 'TWO_FACTOR_RESET';

/** Omitted fields are left unchanged. */
export type UpdateQuoteInput = {
  author?: string | null | undefined;
  text?: string | null | undefined;
};

export type UserFieldsFragment = { id: string, email: string, username: string, emailVerified: boolean, role: Role, createdAt: string, disabled: boolean, totpEnabled: boolean, hasPassword: boolean, passkeyCount: number };

export type AuthPayloadFieldsFragment = { accessToken: string, refreshToken: string, tokenType: string, expiresIn: number, deviceToken: string | null, user: { id: string, email: string, username: string, emailVerified: boolean, role: Role, createdAt: string, disabled: boolean, totpEnabled: boolean, hasPassword: boolean, passkeyCount: number } };

export type QuoteFieldsFragment = { id: string, text: string, author: string, createdAt: string, updatedAt: string };

export type SessionFieldsFragment = { id: string, createdAt: string, lastUsedAt: string, userAgent: string | null, ip: string | null, current: boolean };

export type SecurityEventFieldsFragment = { id: string, at: string, kind: SecurityEventKind, ip: string | null, userAgent: string | null, detail: string | null };

export type ProviderIdentityFieldsFragment = { provider: string, providerName: string, email: string | null, login: string | null, linkedAt: string, lastUsedAt: string | null };

type LoginResultFields_AuthPayload_Fragment = { __typename: 'AuthPayload', accessToken: string, refreshToken: string, tokenType: string, expiresIn: number, deviceToken: string | null, user: { id: string, email: string, username: string, emailVerified: boolean, role: Role, createdAt: string, disabled: boolean, totpEnabled: boolean, hasPassword: boolean, passkeyCount: number } };

type LoginResultFields_EmailRequired_Fragment = { __typename: 'EmailRequired', signUpToken: string, provider: string, expiresIn: number, suggestedEmail: string | null };

type LoginResultFields_LinkRequired_Fragment = { __typename: 'LinkRequired', linkToken: string, provider: string, email: string, expiresIn: number };

type LoginResultFields_MfaChallenge_Fragment = { __typename: 'MfaChallenge', mfaToken: string, expiresIn: number, methods: Array<SecondFactorMethod> };

export type LoginResultFieldsFragment =
  | LoginResultFields_AuthPayload_Fragment
  | LoginResultFields_EmailRequired_Fragment
  | LoginResultFields_LinkRequired_Fragment
  | LoginResultFields_MfaChallenge_Fragment
;

export type PageInfoFieldsFragment = { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, username: string, emailVerified: boolean, role: Role, createdAt: string, disabled: boolean, totpEnabled: boolean, hasPassword: boolean, passkeyCount: number } | null };

export type SessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionsQuery = { sessions: Array<{ id: string, createdAt: string, lastUsedAt: string, userAgent: string | null, ip: string | null, current: boolean }> };

export type QuoteQueryVariables = Exact<{
  id: string | number;
}>;


export type QuoteQuery = { quote: { id: string, text: string, author: string, createdAt: string, updatedAt: string } | null };

export type QuotesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: QuoteFilter | null | undefined;
  withTotalCount?: boolean;
}>;


export type QuotesQuery = { quotes: { totalCount?: number, nodes: Array<{ id: string, text: string, author: string, createdAt: string, updatedAt: string }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type ErrorCodesQueryVariables = Exact<{ [key: string]: never; }>;


export type ErrorCodesQuery = { errorCodes: Array<ErrorCode> };

export type UsersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
  withTotalCount?: boolean;
}>;


export type UsersQuery = { users: { totalCount?: number, nodes: Array<{ id: string, email: string, username: string, emailVerified: boolean, role: Role, createdAt: string, disabled: boolean, totpEnabled: boolean, hasPassword: boolean, passkeyCount: number }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type SignInActivityQueryVariables = Exact<{
  days?: number | null | undefined;
}>;


export type SignInActivityQuery = { signInActivity: Array<{ day: string, succeeded: number, failed: number }> };

export type MySecurityEventsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  withTotalCount?: boolean;
}>;


export type MySecurityEventsQuery = { me: { id: string, securityEvents: { totalCount?: number, nodes: Array<{ id: string, at: string, kind: SecurityEventKind, ip: string | null, userAgent: string | null, detail: string | null }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } } | null };

export type UserQueryVariables = Exact<{
  id: string | number;
}>;


export type UserQuery = { user: { id: string, email: string, username: string, emailVerified: boolean, role: Role, createdAt: string, disabled: boolean, totpEnabled: boolean, hasPassword: boolean, passkeyCount: number } | null };

export type UserSecurityEventsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UserSecurityEventsQuery = { user: { id: string, securityEvents: { nodes: Array<{ id: string, at: string, kind: SecurityEventKind, ip: string | null, userAgent: string | null, detail: string | null }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } } | null };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register: { accessToken: string, refreshToken: string, tokenType: string, expiresIn: number, deviceToken: string | null, user: { id: string, email: string, username: string, emailVerified: boolean, role: Role, createdAt: string, disabled: boolean, totpEnabled: boolean, hasPassword: boolean, passkeyCount: number } } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login:
    | { __typename: 'AuthPayload', accessToken: string, refreshToken: string, tokenType: string, expiresIn: number, deviceToken: string | null, user: { id: string, email: string, username: string, emailVerified: boolean, role: Role, createdAt: string, disabled: boolean, totpEnabled: boolean, hasPassword: boolean, passkeyCount: number } }
    | { __typename: 'EmailRequired' }
    | { __typename: 'LinkRequired' }
    | { __typename: 'MfaChallenge', mfaToken: string, expiresIn: number, methods: Array<SecondFactorMethod> }
   };

export type RefreshMutationVariables = Exact<{
  refreshToken?: string | null | undefined;
}>;


export type RefreshMutation = { refresh: { accessToken: string, refreshToken: string, tokenType: string, expiresIn: number, deviceToken: string | null, user: { id: string, email: string, username: string, emailVerified: boolean, role: Role, createdAt: string, disabled: boolean, totpEnabled: boolean, hasPassword: boolean, passkeyCount: number } } };

export type LogoutMutationVariables = Exact<{
  scope?: LogoutScope | null | undefined;
}>;


export type LogoutMutation = { logout: boolean };

export type RevokeSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeSessionMutation = { revokeSession: boolean };

export type ReauthenticateMutationVariables = Exact<{
  password: string;
  code?: string | null | undefined;
}>;


export type ReauthenticateMutation = { reauthenticate: { accessToken: string, refreshToken: string, tokenType: string, expiresIn: number, deviceToken: string | null, user: { id: string, email: string, username: string, emailVerified: boolean, role: Role, createdAt: string, disabled: boolean, totpEnabled: boolean, hasPassword: boolean, passkeyCount: number } } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: { accessToken: string, refreshToken: string, tokenType: string, expiresIn: number, deviceToken: string | null, user: { id: string, email: string, username: string, emailVerified: boolean, role: Role, createdAt: string, disabled: boolean, totpEnabled: boolean, hasPassword: boolean, passkeyCount: number } } };

export type DeleteAccountMutationVariables = Exact<{
  password?: string | null | undefined;
}>;


export type DeleteAccountMutation = { deleteAccount: boolean };

export type EnrollTotpMutationVariables = Exact<{ [key: string]: never; }>;


export type EnrollTotpMutation = { enrollTotp: { secret: string, otpauthUrl: string, qrCodeDataUrl: string } };

export type ConfirmTotpMutationVariables = Exact<{
  code: string;
}>;


export type ConfirmTotpMutation = { confirmTotp: Array<string> };

export type VerifyTotpMutationVariables = Exact<{
  mfaToken: string;
  code: string;
}>;


export type VerifyTotpMutation = { verifyTotp: { accessToken: string, refreshToken: string, tokenType: string, expiresIn: number, deviceToken: string | null, user: { id: string, email: string, username: string, emailVerified: boolean, role: Role, createdAt: string, disabled: boolean, totpEnabled: boolean, hasPassword: boolean, passkeyCount: number } } };

export type DisableTotpMutationVariables = Exact<{
  password?: string | null | undefined;
  code: string;
}>;


export type DisableTotpMutation = { disableTotp: { id: string, email: string, username: string, emailVerified: boolean, role: Role, createdAt: string, disabled: boolean, totpEnabled: boolean, hasPassword: boolean, passkeyCount: number } };

export type RegenerateRecoveryCodesMutationVariables = Exact<{
  code: string;
}>;


export type RegenerateRecoveryCodesMutation = { regenerateRecoveryCodes: Array<string> };

export type CreateRecoveryCodesMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateRecoveryCodesMutation = { createRecoveryCodes: Array<string> };

export type RequestEmailVerificationMutationVariables = Exact<{ [key: string]: never; }>;


export type RequestEmailVerificationMutation = { requestEmailVerification: boolean };

export type VerifyEmailMutationVariables = Exact<{
  token: string;
}>;


export type VerifyEmailMutation = { verifyEmail: { id: string, email: string, username: string, emailVerified: boolean, role: Role, createdAt: string, disabled: boolean, totpEnabled: boolean, hasPassword: boolean, passkeyCount: number } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type RequestEmailChangeMutationVariables = Exact<{
  newEmail: string;
  currentPassword?: string | null | undefined;
}>;


export type RequestEmailChangeMutation = { requestEmailChange: boolean };

export type ConfirmEmailChangeMutationVariables = Exact<{
  token: string;
}>;


export type ConfirmEmailChangeMutation = { confirmEmailChange: { id: string, email: string, username: string, emailVerified: boolean, role: Role, createdAt: string, disabled: boolean, totpEnabled: boolean, hasPassword: boolean, passkeyCount: number } };

export type CreateQuoteMutationVariables = Exact<{
  input: CreateQuoteInput;
}>;


export type CreateQuoteMutation = { createQuote: { id: string, text: string, author: string, createdAt: string, updatedAt: string } };

export type UpdateQuoteMutationVariables = Exact<{
  id: string | number;
  input: UpdateQuoteInput;
}>;


export type UpdateQuoteMutation = { updateQuote: { id: string, text: string, author: string, createdAt: string, updatedAt: string } };

export type DeleteQuoteMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteQuoteMutation = { deleteQuote: string };

export type SetUserRoleMutationVariables = Exact<{
  userId: string | number;
  role: Role;
}>;


export type SetUserRoleMutation = { setUserRole: { id: string, email: string, username: string, emailVerified: boolean, role: Role, createdAt: string, disabled: boolean, totpEnabled: boolean, hasPassword: boolean, passkeyCount: number } };

export type AdminResetPasswordMutationVariables = Exact<{
  userId: string | number;
  newPassword: string;
}>;


export type AdminResetPasswordMutation = { adminResetPassword: boolean };

export type SetUserDisabledMutationVariables = Exact<{
  userId: string | number;
  disabled: boolean;
}>;


export type SetUserDisabledMutation = { setUserDisabled: { id: string, email: string, username: string, emailVerified: boolean, role: Role, createdAt: string, disabled: boolean, totpEnabled: boolean, hasPassword: boolean, passkeyCount: number } };

export type AdminResetTwoFactorMutationVariables = Exact<{
  userId: string | number;
}>;


export type AdminResetTwoFactorMutation = { adminResetTwoFactor: { id: string, email: string, username: string, emailVerified: boolean, role: Role, createdAt: string, disabled: boolean, totpEnabled: boolean, hasPassword: boolean, passkeyCount: number } };

export type SignInProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInProvidersQuery = { signInProviders: Array<{ id: string, name: string, startUrl: string }> };

export type ProviderIdentitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProviderIdentitiesQuery = { providerIdentities: Array<{ provider: string, providerName: string, email: string | null, login: string | null, linkedAt: string, lastUsedAt: string | null }> };

export type FinishProviderSignInMutationVariables = Exact<{
  providerCode: string;
}>;


export type FinishProviderSignInMutation = { finishProviderSignIn:
    | { __typename: 'AuthPayload', accessToken: string, refreshToken: string, tokenType: string, expiresIn: number, deviceToken: string | null, user: { id: string, email: string, username: string, emailVerified: boolean, role: Role, createdAt: string, disabled: boolean, totpEnabled: boolean, hasPassword: boolean, passkeyCount: number } }
    | { __typename: 'EmailRequired', signUpToken: string, provider: string, expiresIn: number, suggestedEmail: string | null }
    | { __typename: 'LinkRequired', linkToken: string, provider: string, email: string, expiresIn: number }
    | { __typename: 'MfaChallenge', mfaToken: string, expiresIn: number, methods: Array<SecondFactorMethod> }
   };

export type RequestProviderSignUpMutationVariables = Exact<{
  signUpToken: string;
  email: string;
}>;


export type RequestProviderSignUpMutation = { requestProviderSignUp: boolean };

export type ConfirmProviderSignUpMutationVariables = Exact<{
  token: string;
}>;


export type ConfirmProviderSignUpMutation = { confirmProviderSignUp:
    | { __typename: 'AuthPayload', accessToken: string, refreshToken: string, tokenType: string, expiresIn: number, deviceToken: string | null, user: { id: string, email: string, username: string, emailVerified: boolean, role: Role, createdAt: string, disabled: boolean, totpEnabled: boolean, hasPassword: boolean, passkeyCount: number } }
    | { __typename: 'EmailRequired', signUpToken: string, provider: string, expiresIn: number, suggestedEmail: string | null }
    | { __typename: 'LinkRequired', linkToken: string, provider: string, email: string, expiresIn: number }
    | { __typename: 'MfaChallenge', mfaToken: string, expiresIn: number, methods: Array<SecondFactorMethod> }
   };

export type ConfirmProviderLinkMutationVariables = Exact<{
  linkToken: string;
  password?: string | null | undefined;
  code?: string | null | undefined;
}>;


export type ConfirmProviderLinkMutation = { confirmProviderLink: { accessToken: string, refreshToken: string, tokenType: string, expiresIn: number, deviceToken: string | null, user: { id: string, email: string, username: string, emailVerified: boolean, role: Role, createdAt: string, disabled: boolean, totpEnabled: boolean, hasPassword: boolean, passkeyCount: number } } };

export type LinkProviderMutationVariables = Exact<{
  providerCode: string;
}>;


export type LinkProviderMutation = { linkProvider: Array<{ provider: string, providerName: string, email: string | null, login: string | null, linkedAt: string, lastUsedAt: string | null }> };

export type UnlinkProviderMutationVariables = Exact<{
  provider: string | number;
}>;


export type UnlinkProviderMutation = { unlinkProvider: Array<{ provider: string, providerName: string, email: string | null, login: string | null, linkedAt: string, lastUsedAt: string | null }> };

export type ReauthenticateWithProviderMutationVariables = Exact<{
  providerCode: string;
  code?: string | null | undefined;
}>;


export type ReauthenticateWithProviderMutation = { reauthenticateWithProvider: { accessToken: string, refreshToken: string, tokenType: string, expiresIn: number, deviceToken: string | null, user: { id: string, email: string, username: string, emailVerified: boolean, role: Role, createdAt: string, disabled: boolean, totpEnabled: boolean, hasPassword: boolean, passkeyCount: number } } };

export type PasskeyFieldsFragment = { id: string, name: string, createdAt: string, lastUsedAt: string | null, backupEligible: boolean, backedUp: boolean };

export type PasskeyCeremonyFieldsFragment = { ceremonyId: string, optionsJson: string, expiresIn: number };

export type PasskeysEnabledQueryVariables = Exact<{ [key: string]: never; }>;


export type PasskeysEnabledQuery = { passkeysEnabled: boolean };

export type PasskeysQueryVariables = Exact<{ [key: string]: never; }>;


export type PasskeysQuery = { passkeysEnabled: boolean, passkeys: Array<{ id: string, name: string, createdAt: string, lastUsedAt: string | null, backupEligible: boolean, backedUp: boolean }> };

export type StartPasskeyRegistrationMutationVariables = Exact<{ [key: string]: never; }>;


export type StartPasskeyRegistrationMutation = { startPasskeyRegistration: { ceremonyId: string, optionsJson: string, expiresIn: number } };

export type FinishPasskeyRegistrationMutationVariables = Exact<{
  ceremonyId: string | number;
  credentialJson: string;
  name: string;
}>;


export type FinishPasskeyRegistrationMutation = { finishPasskeyRegistration: { id: string, name: string, createdAt: string, lastUsedAt: string | null, backupEligible: boolean, backedUp: boolean } };

export type StartPasskeySignInMutationVariables = Exact<{ [key: string]: never; }>;


export type StartPasskeySignInMutation = { startPasskeySignIn: { ceremonyId: string, optionsJson: string, expiresIn: number } };

export type FinishPasskeySignInMutationVariables = Exact<{
  ceremonyId: string | number;
  credentialJson: string;
}>;


export type FinishPasskeySignInMutation = { finishPasskeySignIn:
    | { __typename: 'AuthPayload', accessToken: string, refreshToken: string, tokenType: string, expiresIn: number, deviceToken: string | null, user: { id: string, email: string, username: string, emailVerified: boolean, role: Role, createdAt: string, disabled: boolean, totpEnabled: boolean, hasPassword: boolean, passkeyCount: number } }
    | { __typename: 'EmailRequired', signUpToken: string, provider: string, expiresIn: number, suggestedEmail: string | null }
    | { __typename: 'LinkRequired', linkToken: string, provider: string, email: string, expiresIn: number }
    | { __typename: 'MfaChallenge', mfaToken: string, expiresIn: number, methods: Array<SecondFactorMethod> }
   };

export type StartPasskeySecondFactorMutationVariables = Exact<{
  mfaToken: string;
}>;


export type StartPasskeySecondFactorMutation = { startPasskeySecondFactor: { ceremonyId: string, optionsJson: string, expiresIn: number } };

export type FinishPasskeySecondFactorMutationVariables = Exact<{
  mfaToken: string;
  ceremonyId: string | number;
  credentialJson: string;
}>;


export type FinishPasskeySecondFactorMutation = { finishPasskeySecondFactor: { accessToken: string, refreshToken: string, tokenType: string, expiresIn: number, deviceToken: string | null, user: { id: string, email: string, username: string, emailVerified: boolean, role: Role, createdAt: string, disabled: boolean, totpEnabled: boolean, hasPassword: boolean, passkeyCount: number } } };

export type StartPasskeyReauthenticationMutationVariables = Exact<{ [key: string]: never; }>;


export type StartPasskeyReauthenticationMutation = { startPasskeyReauthentication: { ceremonyId: string, optionsJson: string, expiresIn: number } };

export type ReauthenticateWithPasskeyMutationVariables = Exact<{
  ceremonyId: string | number;
  credentialJson: string;
}>;


export type ReauthenticateWithPasskeyMutation = { reauthenticateWithPasskey: { accessToken: string, refreshToken: string, tokenType: string, expiresIn: number, deviceToken: string | null, user: { id: string, email: string, username: string, emailVerified: boolean, role: Role, createdAt: string, disabled: boolean, totpEnabled: boolean, hasPassword: boolean, passkeyCount: number } } };

export type RenamePasskeyMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type RenamePasskeyMutation = { renamePasskey: { id: string, name: string, createdAt: string, lastUsedAt: string | null, backupEligible: boolean, backedUp: boolean } };

export type DeletePasskeyMutationVariables = Exact<{
  id: string | number;
}>;


export type DeletePasskeyMutation = { deletePasskey: boolean };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const QuoteFieldsFragmentDoc = new TypedDocumentString(`
    fragment QuoteFields on Quote {
  id
  text
  author
  createdAt
  updatedAt
}
    `, {"fragmentName":"QuoteFields"}) as unknown as TypedDocumentString<QuoteFieldsFragment, unknown>;
export const SessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionFields on Session {
  id
  createdAt
  lastUsedAt
  userAgent
  ip
  current
}
    `, {"fragmentName":"SessionFields"}) as unknown as TypedDocumentString<SessionFieldsFragment, unknown>;
export const SecurityEventFieldsFragmentDoc = new TypedDocumentString(`
    fragment SecurityEventFields on SecurityEvent {
  id
  at
  kind
  ip
  userAgent
  detail
}
    `, {"fragmentName":"SecurityEventFields"}) as unknown as TypedDocumentString<SecurityEventFieldsFragment, unknown>;
export const ProviderIdentityFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProviderIdentityFields on ProviderIdentity {
  provider
  providerName
  email
  login
  linkedAt
  lastUsedAt
}
    `, {"fragmentName":"ProviderIdentityFields"}) as unknown as TypedDocumentString<ProviderIdentityFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"UserFields"}) as unknown as TypedDocumentString<UserFieldsFragment, unknown>;
export const AuthPayloadFieldsFragmentDoc = new TypedDocumentString(`
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
}`, {"fragmentName":"AuthPayloadFields"}) as unknown as TypedDocumentString<AuthPayloadFieldsFragment, unknown>;
export const LoginResultFieldsFragmentDoc = new TypedDocumentString(`
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
    suggestedEmail: email
    expiresIn
  }
}
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
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}`, {"fragmentName":"LoginResultFields"}) as unknown as TypedDocumentString<LoginResultFieldsFragment, unknown>;
export const PageInfoFieldsFragmentDoc = new TypedDocumentString(`
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
    `, {"fragmentName":"PageInfoFields"}) as unknown as TypedDocumentString<PageInfoFieldsFragment, unknown>;
export const PasskeyFieldsFragmentDoc = new TypedDocumentString(`
    fragment PasskeyFields on Passkey {
  id
  name
  createdAt
  lastUsedAt
  backupEligible
  backedUp
}
    `, {"fragmentName":"PasskeyFields"}) as unknown as TypedDocumentString<PasskeyFieldsFragment, unknown>;
export const PasskeyCeremonyFieldsFragmentDoc = new TypedDocumentString(`
    fragment PasskeyCeremonyFields on PasskeyCeremony {
  ceremonyId
  optionsJson
  expiresIn
}
    `, {"fragmentName":"PasskeyCeremonyFields"}) as unknown as TypedDocumentString<PasskeyCeremonyFieldsFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...UserFields
  }
}
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
}`, {"hash":"sha256:ca0b8b3dd39d1c27ef3395289267312f8fdc9456b7bd6a6b5ff5db72e85d5282"}) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SessionsDocument = new TypedDocumentString(`
    query Sessions {
  sessions {
    ...SessionFields
  }
}
    fragment SessionFields on Session {
  id
  createdAt
  lastUsedAt
  userAgent
  ip
  current
}`, {"hash":"sha256:28e5a704c6940338cf5d47cfa5db4c5a82fe3e96ffc5143e8d801a7f1c5914a4"}) as unknown as TypedDocumentString<SessionsQuery, SessionsQueryVariables>;
export const QuoteDocument = new TypedDocumentString(`
    query Quote($id: ID!) {
  quote(id: $id) {
    ...QuoteFields
  }
}
    fragment QuoteFields on Quote {
  id
  text
  author
  createdAt
  updatedAt
}`, {"hash":"sha256:6474b0f39e831616953e803bfe3308bfec0d7fbf23b104b680efcc1c5d2d4322"}) as unknown as TypedDocumentString<QuoteQuery, QuoteQueryVariables>;
export const QuotesDocument = new TypedDocumentString(`
    query Quotes($first: Int, $after: String, $last: Int, $before: String, $filter: QuoteFilter, $withTotalCount: Boolean! = false) {
  quotes(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
  ) {
    nodes {
      ...QuoteFields
    }
    pageInfo {
      ...PageInfoFields
    }
    totalCount @include(if: $withTotalCount)
  }
}
    fragment QuoteFields on Quote {
  id
  text
  author
  createdAt
  updatedAt
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`, {"hash":"sha256:edc9b467db293381309dfca9568221e533b611ade3599233552a33d68bdcf640"}) as unknown as TypedDocumentString<QuotesQuery, QuotesQueryVariables>;
export const ErrorCodesDocument = new TypedDocumentString(`
    query ErrorCodes {
  errorCodes
}
    `, {"hash":"sha256:fb4da7c5b71a8e82107b926783950415606e315ad9753ce5726206a78c525c92"}) as unknown as TypedDocumentString<ErrorCodesQuery, ErrorCodesQueryVariables>;
export const UsersDocument = new TypedDocumentString(`
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
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`, {"hash":"sha256:832a85cb6548a736af78bacfc92923116f302771464787ac1e8f03d10312541d"}) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const SignInActivityDocument = new TypedDocumentString(`
    query SignInActivity($days: Int = 30) {
  signInActivity(days: $days) {
    day
    succeeded
    failed
  }
}
    `, {"hash":"sha256:1b7dd89264a4b4a07716d855044d41a7caf2ca983bcb356a06c691528e1a1069"}) as unknown as TypedDocumentString<SignInActivityQuery, SignInActivityQueryVariables>;
export const MySecurityEventsDocument = new TypedDocumentString(`
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
    fragment SecurityEventFields on SecurityEvent {
  id
  at
  kind
  ip
  userAgent
  detail
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`, {"hash":"sha256:55fb92848455f658df488b5bc277a284daf79778e4ec5974bc3d4d018f7c4c75"}) as unknown as TypedDocumentString<MySecurityEventsQuery, MySecurityEventsQueryVariables>;
export const UserDocument = new TypedDocumentString(`
    query User($id: ID!) {
  user(id: $id) {
    ...UserFields
  }
}
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
}`, {"hash":"sha256:acacdcc50c2780ebc6a9b127e34ef4aa95e1b8e074c64725784c21b00764c399"}) as unknown as TypedDocumentString<UserQuery, UserQueryVariables>;
export const UserSecurityEventsDocument = new TypedDocumentString(`
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
    fragment SecurityEventFields on SecurityEvent {
  id
  at
  kind
  ip
  userAgent
  detail
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`, {"hash":"sha256:eec088e363c846cb1233ce110d8d08d0f718836042c884e3efd09dc5ca4e8b8e"}) as unknown as TypedDocumentString<UserSecurityEventsQuery, UserSecurityEventsQueryVariables>;
export const RegisterDocument = new TypedDocumentString(`
    mutation Register($input: RegisterInput!) {
  register(input: $input) {
    ...AuthPayloadFields
  }
}
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
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}`, {"hash":"sha256:a15d811058fb9eeccec50ab60684a1a3b44e0ed9898042391f0e04d8171e7156"}) as unknown as TypedDocumentString<RegisterMutation, RegisterMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
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
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}`, {"hash":"sha256:7cf81eaa7dfcc75e57ab28292b48fe0d49aa81502fd688a66e39b5414382ac61"}) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RefreshDocument = new TypedDocumentString(`
    mutation Refresh($refreshToken: String) {
  refresh(refreshToken: $refreshToken) {
    ...AuthPayloadFields
  }
}
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
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}`, {"hash":"sha256:7b5cc16820374f140fc3f3dc23a4dc8b1428db56f07f2cc274328cf08a283352"}) as unknown as TypedDocumentString<RefreshMutation, RefreshMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout($scope: LogoutScope = LOCAL) {
  logout(scope: $scope)
}
    `, {"hash":"sha256:a925af94c71df6e3f25d47ddd5f8ada997b8d86752e3e5bd546aa0f600ae62fd"}) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const RevokeSessionDocument = new TypedDocumentString(`
    mutation RevokeSession($id: ID!) {
  revokeSession(id: $id)
}
    `, {"hash":"sha256:0da1f5ad6ca30b47e1cb2c8f9b833664fb3647a47c585080a1a7fa8bc04c825c"}) as unknown as TypedDocumentString<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const ReauthenticateDocument = new TypedDocumentString(`
    mutation Reauthenticate($password: String!, $code: String) {
  reauthenticate(password: $password, code: $code) {
    ...AuthPayloadFields
  }
}
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
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}`, {"hash":"sha256:2e21ebf8a0b76b1b90169476de7df5ffb202e8caa148d50f77bda79e6fc35c49"}) as unknown as TypedDocumentString<ReauthenticateMutation, ReauthenticateMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
    ...AuthPayloadFields
  }
}
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
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}`, {"hash":"sha256:4be5df0f897e3eb3957b474495cbc89ad64ec2b59504e6d291919c9440c49e1f"}) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const DeleteAccountDocument = new TypedDocumentString(`
    mutation DeleteAccount($password: String) {
  deleteAccount(password: $password)
}
    `, {"hash":"sha256:d655a0470c79c86cb07299dc0eda6a1724e8dad3dee3808bc7a77e5448df3a86"}) as unknown as TypedDocumentString<DeleteAccountMutation, DeleteAccountMutationVariables>;
export const EnrollTotpDocument = new TypedDocumentString(`
    mutation EnrollTotp {
  enrollTotp {
    secret
    otpauthUrl
    qrCodeDataUrl
  }
}
    `, {"hash":"sha256:e994a5872a45b09de1997c606dd5a1bf820fb6a4c29797e2ebf13c840ee2f86d"}) as unknown as TypedDocumentString<EnrollTotpMutation, EnrollTotpMutationVariables>;
export const ConfirmTotpDocument = new TypedDocumentString(`
    mutation ConfirmTotp($code: String!) {
  confirmTotp(code: $code)
}
    `, {"hash":"sha256:e7d28405089723136224c2bbcc4e2b4006168a2e664eed7629f72f208e4c66c5"}) as unknown as TypedDocumentString<ConfirmTotpMutation, ConfirmTotpMutationVariables>;
export const VerifyTotpDocument = new TypedDocumentString(`
    mutation VerifyTotp($mfaToken: String!, $code: String!) {
  verifyTotp(mfaToken: $mfaToken, code: $code) {
    ...AuthPayloadFields
  }
}
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
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}`, {"hash":"sha256:75a24035677853e9ec211be615e7c883e9a70c267041ac8efd236175663a109e"}) as unknown as TypedDocumentString<VerifyTotpMutation, VerifyTotpMutationVariables>;
export const DisableTotpDocument = new TypedDocumentString(`
    mutation DisableTotp($password: String, $code: String!) {
  disableTotp(password: $password, code: $code) {
    ...UserFields
  }
}
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
}`, {"hash":"sha256:a679fa8219b49c6275197bb3f54095a5f201f978f159bad6585ebfba11bfa841"}) as unknown as TypedDocumentString<DisableTotpMutation, DisableTotpMutationVariables>;
export const RegenerateRecoveryCodesDocument = new TypedDocumentString(`
    mutation RegenerateRecoveryCodes($code: String!) {
  regenerateRecoveryCodes(code: $code)
}
    `, {"hash":"sha256:3be4b1df016f13ea55a13b1efcec613b6256da9c20cd54abcc26c96edb339e6a"}) as unknown as TypedDocumentString<RegenerateRecoveryCodesMutation, RegenerateRecoveryCodesMutationVariables>;
export const CreateRecoveryCodesDocument = new TypedDocumentString(`
    mutation CreateRecoveryCodes {
  createRecoveryCodes
}
    `, {"hash":"sha256:a0cf28633236c42638ef90f392745387baf07ef2e7c564f4a6d88edc7202df1f"}) as unknown as TypedDocumentString<CreateRecoveryCodesMutation, CreateRecoveryCodesMutationVariables>;
export const RequestEmailVerificationDocument = new TypedDocumentString(`
    mutation RequestEmailVerification {
  requestEmailVerification
}
    `, {"hash":"sha256:546ead34ed3d0d05a2c2552be8f05d2829f66bdc1c12611666dce7167dbb09cc"}) as unknown as TypedDocumentString<RequestEmailVerificationMutation, RequestEmailVerificationMutationVariables>;
export const VerifyEmailDocument = new TypedDocumentString(`
    mutation VerifyEmail($token: String!) {
  verifyEmail(token: $token) {
    ...UserFields
  }
}
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
}`, {"hash":"sha256:1ef53cc6d485eef95a9ab62b6ed1f8bdc684138868534a2db67d5ed6933c152e"}) as unknown as TypedDocumentString<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `, {"hash":"sha256:5ac89982dc149995bab85b93caab9976bbc3fd5994fbf4173153f8686dba9d72"}) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($token: String!, $newPassword: String!) {
  resetPassword(token: $token, newPassword: $newPassword)
}
    `, {"hash":"sha256:fe56b8aec7a3b8e3dff83ca568801466f6c64e0c19b90c04e75ad25dd3d65c57"}) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const RequestEmailChangeDocument = new TypedDocumentString(`
    mutation RequestEmailChange($newEmail: String!, $currentPassword: String) {
  requestEmailChange(newEmail: $newEmail, currentPassword: $currentPassword)
}
    `, {"hash":"sha256:40308c1b915b5635500511a2ba730809ac29fedcb976ef1fb34397011a3d364f"}) as unknown as TypedDocumentString<RequestEmailChangeMutation, RequestEmailChangeMutationVariables>;
export const ConfirmEmailChangeDocument = new TypedDocumentString(`
    mutation ConfirmEmailChange($token: String!) {
  confirmEmailChange(token: $token) {
    ...UserFields
  }
}
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
}`, {"hash":"sha256:5cf4f17a45134fed0b3256df80c7fc7afd99c0ce8767edeb6311f4e28ed605f4"}) as unknown as TypedDocumentString<ConfirmEmailChangeMutation, ConfirmEmailChangeMutationVariables>;
export const CreateQuoteDocument = new TypedDocumentString(`
    mutation CreateQuote($input: CreateQuoteInput!) {
  createQuote(input: $input) {
    ...QuoteFields
  }
}
    fragment QuoteFields on Quote {
  id
  text
  author
  createdAt
  updatedAt
}`, {"hash":"sha256:d206ae6bbc10bad4cd26776be5d32ecf48f8dcf2f710f6392e6c56d14c99cfb2"}) as unknown as TypedDocumentString<CreateQuoteMutation, CreateQuoteMutationVariables>;
export const UpdateQuoteDocument = new TypedDocumentString(`
    mutation UpdateQuote($id: ID!, $input: UpdateQuoteInput!) {
  updateQuote(id: $id, input: $input) {
    ...QuoteFields
  }
}
    fragment QuoteFields on Quote {
  id
  text
  author
  createdAt
  updatedAt
}`, {"hash":"sha256:b66ac58f1a87d4e836dd7f8cf7f2ae76fb028abe4102dedd1cb679999a038b4a"}) as unknown as TypedDocumentString<UpdateQuoteMutation, UpdateQuoteMutationVariables>;
export const DeleteQuoteDocument = new TypedDocumentString(`
    mutation DeleteQuote($id: ID!) {
  deleteQuote(id: $id)
}
    `, {"hash":"sha256:febc10f7cc88bcfbe0db35a6c76af9e20f555967fc5ea858fe6acce19d53a63c"}) as unknown as TypedDocumentString<DeleteQuoteMutation, DeleteQuoteMutationVariables>;
export const SetUserRoleDocument = new TypedDocumentString(`
    mutation SetUserRole($userId: ID!, $role: Role!) {
  setUserRole(userId: $userId, role: $role) {
    ...UserFields
  }
}
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
}`, {"hash":"sha256:f023a6f967bef991e56984187743e74c897fa83ab6f4ecbceb5f38625e5414ad"}) as unknown as TypedDocumentString<SetUserRoleMutation, SetUserRoleMutationVariables>;
export const AdminResetPasswordDocument = new TypedDocumentString(`
    mutation AdminResetPassword($userId: ID!, $newPassword: String!) {
  adminResetPassword(userId: $userId, newPassword: $newPassword)
}
    `, {"hash":"sha256:285a7285adbd62678d1d7250d31ef1d5a6429325874dacfd7d1637411d2df9e7"}) as unknown as TypedDocumentString<AdminResetPasswordMutation, AdminResetPasswordMutationVariables>;
export const SetUserDisabledDocument = new TypedDocumentString(`
    mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {
  setUserDisabled(userId: $userId, disabled: $disabled) {
    ...UserFields
  }
}
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
}`, {"hash":"sha256:68b1141a391a16d8b7b57fc7d73a341d901530d774aed58b1cad3950eae4cb7b"}) as unknown as TypedDocumentString<SetUserDisabledMutation, SetUserDisabledMutationVariables>;
export const AdminResetTwoFactorDocument = new TypedDocumentString(`
    mutation AdminResetTwoFactor($userId: ID!) {
  adminResetTwoFactor(userId: $userId) {
    ...UserFields
  }
}
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
}`, {"hash":"sha256:ab27e121ef74937d9a986656ef7d91edaac851ff605eca86a9ce886cb143e2ad"}) as unknown as TypedDocumentString<AdminResetTwoFactorMutation, AdminResetTwoFactorMutationVariables>;
export const SignInProvidersDocument = new TypedDocumentString(`
    query SignInProviders {
  signInProviders {
    id
    name
    startUrl
  }
}
    `, {"hash":"sha256:4daabf86aedc6c74e242490e1b475f72a8731781adc47b96f091489771e8d0b7"}) as unknown as TypedDocumentString<SignInProvidersQuery, SignInProvidersQueryVariables>;
export const ProviderIdentitiesDocument = new TypedDocumentString(`
    query ProviderIdentities {
  providerIdentities {
    ...ProviderIdentityFields
  }
}
    fragment ProviderIdentityFields on ProviderIdentity {
  provider
  providerName
  email
  login
  linkedAt
  lastUsedAt
}`, {"hash":"sha256:f83a107738304715f1d87286f9049eb03499256f3c4b8ab101c5940b1bece496"}) as unknown as TypedDocumentString<ProviderIdentitiesQuery, ProviderIdentitiesQueryVariables>;
export const FinishProviderSignInDocument = new TypedDocumentString(`
    mutation FinishProviderSignIn($providerCode: String!) {
  finishProviderSignIn(providerCode: $providerCode) {
    ...LoginResultFields
  }
}
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
    suggestedEmail: email
    expiresIn
  }
}`, {"hash":"sha256:8b5743f15102a4f8a34e8d0c2b0c1b43c417556eb29d7944bdf74f938afbd164"}) as unknown as TypedDocumentString<FinishProviderSignInMutation, FinishProviderSignInMutationVariables>;
export const RequestProviderSignUpDocument = new TypedDocumentString(`
    mutation RequestProviderSignUp($signUpToken: String!, $email: String!) {
  requestProviderSignUp(signUpToken: $signUpToken, email: $email)
}
    `, {"hash":"sha256:9ac88b515927620ef85df4ab9a7ddae162bff8ea8fcfc23d8519384bc72758e8"}) as unknown as TypedDocumentString<RequestProviderSignUpMutation, RequestProviderSignUpMutationVariables>;
export const ConfirmProviderSignUpDocument = new TypedDocumentString(`
    mutation ConfirmProviderSignUp($token: String!) {
  confirmProviderSignUp(token: $token) {
    ...LoginResultFields
  }
}
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
    suggestedEmail: email
    expiresIn
  }
}`, {"hash":"sha256:4c60492bd3456ab92af0d429fb665f547b2225d9018c2cd1c4e63ece0ba9d717"}) as unknown as TypedDocumentString<ConfirmProviderSignUpMutation, ConfirmProviderSignUpMutationVariables>;
export const ConfirmProviderLinkDocument = new TypedDocumentString(`
    mutation ConfirmProviderLink($linkToken: String!, $password: String, $code: String) {
  confirmProviderLink(linkToken: $linkToken, password: $password, code: $code) {
    ...AuthPayloadFields
  }
}
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
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}`, {"hash":"sha256:71e91c8a5acb0b9dfe469668179663fa82004f732a6cd1fcfef1a6bb1bf21bef"}) as unknown as TypedDocumentString<ConfirmProviderLinkMutation, ConfirmProviderLinkMutationVariables>;
export const LinkProviderDocument = new TypedDocumentString(`
    mutation LinkProvider($providerCode: String!) {
  linkProvider(providerCode: $providerCode) {
    ...ProviderIdentityFields
  }
}
    fragment ProviderIdentityFields on ProviderIdentity {
  provider
  providerName
  email
  login
  linkedAt
  lastUsedAt
}`, {"hash":"sha256:d9c2c88432679398a7a997dfc81873776473b575b1e63344fd9d5bd5da02223f"}) as unknown as TypedDocumentString<LinkProviderMutation, LinkProviderMutationVariables>;
export const UnlinkProviderDocument = new TypedDocumentString(`
    mutation UnlinkProvider($provider: ID!) {
  unlinkProvider(provider: $provider) {
    ...ProviderIdentityFields
  }
}
    fragment ProviderIdentityFields on ProviderIdentity {
  provider
  providerName
  email
  login
  linkedAt
  lastUsedAt
}`, {"hash":"sha256:1c8864f685e98eef331f9b29178ac810bd9cee4bea4ad677c7f4ff399df0657c"}) as unknown as TypedDocumentString<UnlinkProviderMutation, UnlinkProviderMutationVariables>;
export const ReauthenticateWithProviderDocument = new TypedDocumentString(`
    mutation ReauthenticateWithProvider($providerCode: String!, $code: String) {
  reauthenticateWithProvider(providerCode: $providerCode, code: $code) {
    ...AuthPayloadFields
  }
}
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
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}`, {"hash":"sha256:6574c59f3a708d7eeb4e46f01da56dbb6833b43845843082d977dcf0a9e5604b"}) as unknown as TypedDocumentString<ReauthenticateWithProviderMutation, ReauthenticateWithProviderMutationVariables>;
export const PasskeysEnabledDocument = new TypedDocumentString(`
    query PasskeysEnabled {
  passkeysEnabled
}
    `, {"hash":"sha256:d2c9171a7c4349295dbaa71a3389d7153f32d3f6cbf851dea5321846f879698e"}) as unknown as TypedDocumentString<PasskeysEnabledQuery, PasskeysEnabledQueryVariables>;
export const PasskeysDocument = new TypedDocumentString(`
    query Passkeys {
  passkeysEnabled
  passkeys {
    ...PasskeyFields
  }
}
    fragment PasskeyFields on Passkey {
  id
  name
  createdAt
  lastUsedAt
  backupEligible
  backedUp
}`, {"hash":"sha256:1292e8ea7f952fbe18533249cf15817a0f1983e2534235b1bcc80bb996488164"}) as unknown as TypedDocumentString<PasskeysQuery, PasskeysQueryVariables>;
export const StartPasskeyRegistrationDocument = new TypedDocumentString(`
    mutation StartPasskeyRegistration {
  startPasskeyRegistration {
    ...PasskeyCeremonyFields
  }
}
    fragment PasskeyCeremonyFields on PasskeyCeremony {
  ceremonyId
  optionsJson
  expiresIn
}`, {"hash":"sha256:f7898e63ac263ee42c313bd3d4c4d7a4a7b040e8f7a36be1f0abed231add81ad"}) as unknown as TypedDocumentString<StartPasskeyRegistrationMutation, StartPasskeyRegistrationMutationVariables>;
export const FinishPasskeyRegistrationDocument = new TypedDocumentString(`
    mutation FinishPasskeyRegistration($ceremonyId: ID!, $credentialJson: String!, $name: String!) {
  finishPasskeyRegistration(
    ceremonyId: $ceremonyId
    credentialJson: $credentialJson
    name: $name
  ) {
    ...PasskeyFields
  }
}
    fragment PasskeyFields on Passkey {
  id
  name
  createdAt
  lastUsedAt
  backupEligible
  backedUp
}`, {"hash":"sha256:427b9ad15ac59c41b50766b7eb41f769a7f9eee1e31ed512a3b851db805414d8"}) as unknown as TypedDocumentString<FinishPasskeyRegistrationMutation, FinishPasskeyRegistrationMutationVariables>;
export const StartPasskeySignInDocument = new TypedDocumentString(`
    mutation StartPasskeySignIn {
  startPasskeySignIn {
    ...PasskeyCeremonyFields
  }
}
    fragment PasskeyCeremonyFields on PasskeyCeremony {
  ceremonyId
  optionsJson
  expiresIn
}`, {"hash":"sha256:6eb7f25bd896ba22c7d073fee0d9e2c0e2dc9e5e0a5081335039664619de1b95"}) as unknown as TypedDocumentString<StartPasskeySignInMutation, StartPasskeySignInMutationVariables>;
export const FinishPasskeySignInDocument = new TypedDocumentString(`
    mutation FinishPasskeySignIn($ceremonyId: ID!, $credentialJson: String!) {
  finishPasskeySignIn(ceremonyId: $ceremonyId, credentialJson: $credentialJson) {
    ...LoginResultFields
  }
}
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
    suggestedEmail: email
    expiresIn
  }
}`, {"hash":"sha256:f8c0b073fff64aefd2a019be6b3f44db73ccda8eb701612cdcee33db02ab2375"}) as unknown as TypedDocumentString<FinishPasskeySignInMutation, FinishPasskeySignInMutationVariables>;
export const StartPasskeySecondFactorDocument = new TypedDocumentString(`
    mutation StartPasskeySecondFactor($mfaToken: String!) {
  startPasskeySecondFactor(mfaToken: $mfaToken) {
    ...PasskeyCeremonyFields
  }
}
    fragment PasskeyCeremonyFields on PasskeyCeremony {
  ceremonyId
  optionsJson
  expiresIn
}`, {"hash":"sha256:ce2401c487dda3b8add44d70d45f3b96374bd1932e0168841c5a7b9dd6382fc6"}) as unknown as TypedDocumentString<StartPasskeySecondFactorMutation, StartPasskeySecondFactorMutationVariables>;
export const FinishPasskeySecondFactorDocument = new TypedDocumentString(`
    mutation FinishPasskeySecondFactor($mfaToken: String!, $ceremonyId: ID!, $credentialJson: String!) {
  finishPasskeySecondFactor(
    mfaToken: $mfaToken
    ceremonyId: $ceremonyId
    credentialJson: $credentialJson
  ) {
    ...AuthPayloadFields
  }
}
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
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}`, {"hash":"sha256:410bb5b3b5c6076388a2b6e8e2f0a6aa89c38dd3f0ad42b94a09135993f1f135"}) as unknown as TypedDocumentString<FinishPasskeySecondFactorMutation, FinishPasskeySecondFactorMutationVariables>;
export const StartPasskeyReauthenticationDocument = new TypedDocumentString(`
    mutation StartPasskeyReauthentication {
  startPasskeyReauthentication {
    ...PasskeyCeremonyFields
  }
}
    fragment PasskeyCeremonyFields on PasskeyCeremony {
  ceremonyId
  optionsJson
  expiresIn
}`, {"hash":"sha256:5cd8f1795b5c323960b34d6482d9733527f9f44eba113483e238b42b61d5b0a5"}) as unknown as TypedDocumentString<StartPasskeyReauthenticationMutation, StartPasskeyReauthenticationMutationVariables>;
export const ReauthenticateWithPasskeyDocument = new TypedDocumentString(`
    mutation ReauthenticateWithPasskey($ceremonyId: ID!, $credentialJson: String!) {
  reauthenticateWithPasskey(
    ceremonyId: $ceremonyId
    credentialJson: $credentialJson
  ) {
    ...AuthPayloadFields
  }
}
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
fragment AuthPayloadFields on AuthPayload {
  accessToken
  refreshToken
  tokenType
  expiresIn
  deviceToken
  user {
    ...UserFields
  }
}`, {"hash":"sha256:a2da8cea80a5c2a2f2ee72d02c7dfe42eb25aaa8e3d74ee1de63442d0ad823ff"}) as unknown as TypedDocumentString<ReauthenticateWithPasskeyMutation, ReauthenticateWithPasskeyMutationVariables>;
export const RenamePasskeyDocument = new TypedDocumentString(`
    mutation RenamePasskey($id: ID!, $name: String!) {
  renamePasskey(id: $id, name: $name) {
    ...PasskeyFields
  }
}
    fragment PasskeyFields on Passkey {
  id
  name
  createdAt
  lastUsedAt
  backupEligible
  backedUp
}`, {"hash":"sha256:f11afcca2c1c3fb582aee1a55d08cf2986e0512505a5d486f9fbaf02788e5152"}) as unknown as TypedDocumentString<RenamePasskeyMutation, RenamePasskeyMutationVariables>;
export const DeletePasskeyDocument = new TypedDocumentString(`
    mutation DeletePasskey($id: ID!) {
  deletePasskey(id: $id)
}
    `, {"hash":"sha256:0e42030553f9d7040b39c37b5dcc26d53311ec907d767bbb3e079d001294009c"}) as unknown as TypedDocumentString<DeletePasskeyMutation, DeletePasskeyMutationVariables>;