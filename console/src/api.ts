// Every API call the console makes, typed by the client's generated documents. Screens call
// these, never `client.request` directly, so the GraphQL lives in one place.
import {
  adminResetPasswordMutation,
  adminResetTwoFactorMutation,
  changePasswordMutation,
  confirmEmailChangeMutation,
  confirmTotpMutation,
  createRecoveryCodesMutation,
  createQuoteMutation,
  deleteAccountMutation,
  deleteQuoteMutation,
  disableTotpMutation,
  enrollTotpMutation,
  logoutMutation,
  meQuery,
  mySecurityEventsQuery,
  quotesQuery,
  regenerateRecoveryCodesMutation,
  requestEmailChangeMutation,
  requestEmailVerificationMutation,
  requestPasswordResetMutation,
  resetPasswordMutation,
  revokeSessionMutation,
  sessionsQuery,
  setUserDisabledMutation,
  setUserRoleMutation,
  signInActivityQuery,
  updateQuoteMutation,
  userQuery,
  userSecurityEventsQuery,
  usersQuery,
  verifyEmailMutation,
} from '@portcullis/client';
import type { Passkey } from '@portcullis/client';
import type {
  PageInfoFieldsFragment,
  SignInActivityQuery,
  QuoteFieldsFragment,
  Role,
  SecurityEventFieldsFragment,
  SessionFieldsFragment,
  UserFieldsFragment,
} from '@portcullis/client';
import { client } from './client';

export type { Role, SecurityEventKind } from '@portcullis/client';
/** One day of `signInActivity`: day is YYYY-MM-DD (UTC), oldest first. */
export type DailySignIns = SignInActivityQuery['signInActivity'][number];
export type Me = UserFieldsFragment;
export type AdminUser = UserFieldsFragment;
export type Quote = QuoteFieldsFragment;
export type Session = SessionFieldsFragment;
export type SecurityEvent = SecurityEventFieldsFragment;
export type PageInfo = PageInfoFieldsFragment;

export interface EventPage {
  events: SecurityEvent[];
  pageInfo: PageInfo;
  /** Null when not counted. */
  totalCount: number | null;
}

export interface Connection<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

function signedOutError(): Error {
  return Object.assign(new Error('Signed out.'), { code: 'UNAUTHENTICATED' });
}

/** The signed-in user, or null when the session is over (the client tried a refresh). */
export async function fetchMe(): Promise<Me | null> {
  return (await client.request(meQuery)).me;
}

// ---- quotes -------------------------------------------------------------------------------

export interface QuotePageArgs {
  first?: number;
  after?: string;
  last?: number;
  before?: string;
  search?: string;
  author?: string;
}

export async function fetchQuotes(args: QuotePageArgs): Promise<Connection<Quote>> {
  const filter: { search?: string; author?: string } = {};
  if (args.search) filter.search = args.search;
  if (args.author) filter.author = args.author;
  const r = await client.request(quotesQuery, {
    first: args.first ?? null,
    after: args.after ?? null,
    last: args.last ?? null,
    before: args.before ?? null,
    filter: filter.search || filter.author ? filter : null,
    withTotalCount: true,
  });
  return { ...r.quotes, totalCount: r.quotes.totalCount ?? 0 };
}

export async function createQuote(text: string, author: string): Promise<Quote> {
  return (await client.request(createQuoteMutation, { input: { text, author } })).createQuote;
}

export async function updateQuote(id: string, text: string, author: string): Promise<Quote> {
  return (await client.request(updateQuoteMutation, { id, input: { text, author } })).updateQuote;
}

export async function deleteQuote(id: string): Promise<string> {
  return (await client.request(deleteQuoteMutation, { id })).deleteQuote;
}

// ---- account ------------------------------------------------------------------------------

export async function requestEmailVerification(): Promise<boolean> {
  return (await client.request(requestEmailVerificationMutation)).requestEmailVerification;
}

export async function verifyEmail(token: string): Promise<Me> {
  return (await client.request(verifyEmailMutation, { token })).verifyEmail;
}

export async function requestPasswordReset(email: string): Promise<boolean> {
  return (await client.request(requestPasswordResetMutation, { email })).requestPasswordReset;
}

export async function resetPassword(token: string, newPassword: string): Promise<boolean> {
  return (await client.request(resetPasswordMutation, { token, newPassword })).resetPassword;
}

/** currentPassword: null for an account without a password (it needs a recent authentication instead). */
export async function requestEmailChange(newEmail: string, currentPassword: string | null): Promise<boolean> {
  return (await client.request(requestEmailChangeMutation, { newEmail, currentPassword })).requestEmailChange;
}

export async function confirmEmailChange(token: string): Promise<Me> {
  return (await client.request(confirmEmailChangeMutation, { token })).confirmEmailChange;
}

/** The server revokes every other session and returns fresh tokens (the client adopts them). */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await client.request(changePasswordMutation, { currentPassword, newPassword });
}

/** The client ends its session when this succeeds. password: null for an account without one. */
export async function deleteAccount(password: string | null): Promise<boolean> {
  return (await client.request(deleteAccountMutation, { password })).deleteAccount;
}

// ---- two-factor ---------------------------------------------------------------------------

export async function enrollTotp() {
  return (await client.request(enrollTotpMutation)).enrollTotp;
}

export async function confirmTotp(code: string): Promise<string[]> {
  return (await client.request(confirmTotpMutation, { code })).confirmTotp;
}

export async function regenerateRecoveryCodes(code: string): Promise<string[]> {
  return (await client.request(regenerateRecoveryCodesMutation, { code })).regenerateRecoveryCodes;
}

/** password: null for an account without one (it needs a recent authentication instead). */
/** Recovery codes for an account whose second factor is a passkey (recent authentication). */
export async function createRecoveryCodes(): Promise<string[]> {
  return (await client.request(createRecoveryCodesMutation)).createRecoveryCodes;
}

// ---- passkeys -----------------------------------------------------------------------------

export type { Passkey };

export async function passkeysEnabled(): Promise<boolean> {
  return client.passkeysEnabled();
}

export async function fetchPasskeys(): Promise<{ enabled: boolean; passkeys: Passkey[] }> {
  return client.passkeys();
}

/** Runs the browser's ceremony (the user touches the key or unlocks the device). */
export async function registerPasskey(name: string): Promise<Passkey> {
  return client.registerPasskey(name);
}

export async function renamePasskey(id: string, name: string): Promise<Passkey> {
  return client.renamePasskey(id, name);
}

export async function deletePasskey(id: string): Promise<void> {
  await client.deletePasskey(id);
}

export async function disableTotp(password: string | null, code: string): Promise<Me> {
  return (await client.request(disableTotpMutation, { password, code })).disableTotp;
}

// ---- sessions & activity ------------------------------------------------------------------

export async function fetchSessions(): Promise<Session[]> {
  return (await client.request(sessionsQuery)).sessions;
}

export async function revokeSession(id: string): Promise<boolean> {
  return (await client.request(revokeSessionMutation, { id })).revokeSession;
}

/** logout(scope: OTHERS): every other session ends; this one stays. */
export async function signOutOthers(): Promise<boolean> {
  return (await client.request(logoutMutation, { scope: 'OTHERS' })).logout;
}

export async function fetchMyEvents(first: number, after: string | null): Promise<EventPage> {
  const r = await client.request(mySecurityEventsQuery, { first, after, withTotalCount: true });
  if (!r.me) throw signedOutError();
  const c = r.me.securityEvents;
  return { events: c.nodes, pageInfo: c.pageInfo, totalCount: c.totalCount ?? null };
}

// ---- sign-in providers -------------------------------------------------------------------

export type { ProviderIdentity, ProviderSignInResult, SignInProvider } from '@portcullis/client';
import type { ProviderIdentity, SignInProvider } from '@portcullis/client';

let providerList: Promise<SignInProvider[]> | null = null;

/** The providers users can sign in with, fetched once per page (they change only with a restart). */
export function fetchProviders(): Promise<SignInProvider[]> {
  if (!providerList) {
    const pending = client.providers();
    providerList = pending;
    pending.catch(() => {
      if (providerList === pending) providerList = null;
    });
  }
  return providerList;
}

/** The provider accounts linked to the signed-in user, oldest first. */
export async function fetchIdentities(): Promise<ProviderIdentity[]> {
  return client.identities();
}

/** Needs a recent authentication; FORBIDDEN when it is the account's last way to sign in. */
export async function unlinkProvider(provider: string): Promise<ProviderIdentity[]> {
  return client.unlinkProvider(provider);
}

// ---- admin --------------------------------------------------------------------------------

export async function fetchUsers(first: number, after: string | null, search: string | null): Promise<Connection<AdminUser>> {
  const r = await client.request(usersQuery, { first, after, search, withTotalCount: true });
  return { ...r.users, totalCount: r.users.totalCount ?? 0 };
}

/** One account by id; null when there is none. */
export async function fetchUser(id: string): Promise<AdminUser | null> {
  return (await client.request(userQuery, { id })).user ?? null;
}

/** A page of one account's security events. */
export async function fetchUserEvents(id: string, first: number, after: string | null): Promise<EventPage> {
  const r = await client.request(userSecurityEventsQuery, { id, first, after });
  if (!r.user) throw Object.assign(new Error('No such user.'), { code: 'NOT_FOUND' });
  return { events: r.user.securityEvents.nodes, pageInfo: r.user.securityEvents.pageInfo, totalCount: null };
}

export async function setUserRole(userId: string, role: Role): Promise<AdminUser> {
  return (await client.request(setUserRoleMutation, { userId, role })).setUserRole;
}

export async function setUserDisabled(userId: string, disabled: boolean): Promise<AdminUser> {
  return (await client.request(setUserDisabledMutation, { userId, disabled })).setUserDisabled;
}

export async function adminResetPassword(userId: string, newPassword: string): Promise<boolean> {
  return (await client.request(adminResetPasswordMutation, { userId, newPassword })).adminResetPassword;
}

export async function adminResetTwoFactor(userId: string): Promise<AdminUser> {
  return (await client.request(adminResetTwoFactorMutation, { userId })).adminResetTwoFactor;
}

export async function fetchSignInActivity(days: number): Promise<DailySignIns[]> {
  return (await client.request(signInActivityQuery, { days })).signInActivity;
}
