// @portcullis/client: typed documents for the Portcullis API and a small session helper.
// Plain fetch, no runtime dependency. See README.md.
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import type {
  AuthPayloadFieldsFragment,
  ErrorCode,
  LoginInput,
  LoginResultFieldsFragment,
  LogoutScope,
  PasskeyFieldsFragment,
  ProviderIdentityFieldsFragment,
  RegisterInput,
  SignInProvidersQuery,
  UserFieldsFragment,
} from './gql/graphql.js';
import {
  creationOptions,
  credentialJson,
  requestOptions,
  type CredentialsContainerLike,
} from './webauthn.js';
import {
  confirmProviderLinkMutation,
  deletePasskeyMutation,
  finishPasskeyRegistrationMutation,
  finishPasskeySignInMutation,
  finishPasskeySecondFactorMutation,
  passkeysEnabledQuery,
  passkeysQuery,
  reauthenticateWithPasskeyMutation,
  renamePasskeyMutation,
  startPasskeyReauthenticationMutation,
  startPasskeyRegistrationMutation,
  startPasskeySignInMutation,
  startPasskeySecondFactorMutation,
  confirmProviderSignUpMutation,
  finishProviderSignInMutation,
  linkProviderMutation,
  loginMutation,
  logoutMutation,
  providerIdentitiesQuery,
  reauthenticateMutation,
  reauthenticateWithProviderMutation,
  refreshMutation,
  registerMutation,
  requestProviderSignUpMutation,
  signInProvidersQuery,
  unlinkProviderMutation,
  verifyTotpMutation,
} from './operations.js';

export * from './operations.js';
export { creationOptions, credentialJson, fromBase64Url, requestOptions, toBase64Url } from './webauthn.js';
export type { CredentialsContainerLike } from './webauthn.js';
// Result, variable, input and enum types (`QuotesQuery`, `QuotesQueryVariables`, `Role`...).
export type * from './gql/graphql.js';

/** The signed-in user, as every document here selects it (fragment UserFields). */
export type User = UserFieldsFragment;

/**
 * `cookie`: browsers. The refresh and device tokens stay in HttpOnly cookies the page cannot read.
 * `bearer`: apps, servers, mobile. The refresh and device tokens are kept in a `TokenStorage`.
 * In both modes the access token lives in this object's memory only.
 */
export type SessionMode = 'cookie' | 'bearer';

/** Where bearer mode keeps the refresh token and the device token. May be async. */
export interface TokenStorage {
  get(key: string): string | null | undefined | Promise<string | null | undefined>;
  set(key: string, value: string): void | Promise<void>;
  remove(key: string): void | Promise<void>;
}

/** The storage keys bearer mode uses. */
export const storageKeys = {
  refreshToken: 'portcullis.refreshToken',
  deviceToken: 'portcullis.deviceToken',
} as const;

/** The default: tokens live as long as the page or process does. */
export function memoryTokenStorage(): TokenStorage {
  const values = new Map<string, string>();
  return {
    get: (key) => values.get(key) ?? null,
    set: (key, value) => void values.set(key, value),
    remove: (key) => void values.delete(key),
  };
}

/**
 * Bearer tokens in `localStorage`: they survive a reload, but every script on the page (an XSS,
 * a compromised dependency) can read them. In a browser prefer cookie mode.
 */
export function localStorageTokenStorage(storage: Storage = globalThis.localStorage): TokenStorage {
  return {
    get: (key) => storage.getItem(key),
    set: (key, value) => storage.setItem(key, value),
    remove: (key) => storage.removeItem(key),
  };
}

/** What can meet a second-factor challenge. */
export type SecondFactorMethod = 'TOTP' | 'PASSKEY' | 'RECOVERY_CODE';

/**
 * A sign-in's answer. `secondFactor`: finish with completeSecondFactor (a TOTP or recovery
 * code) or, when `methods` has PASSKEY, completeSecondFactorWithPasskey.
 */
export type SignInResult =
  | { kind: 'signedIn'; user: User }
  | { kind: 'secondFactor'; mfaToken: string; expiresIn: number; methods: SecondFactorMethod[] };

/**
 * The answer to a sign-in through a provider (finishProviderSignIn, confirmProviderSignUp):
 * signed in; the second factor (completeSecondFactor, as after signIn); `linkRequired`: the
 * provider's verified address belongs to an account, which must be proved first
 * (confirmProviderLink); `emailRequired`: the provider gave no verified address, ask the user
 * for one (requestProviderSignUp; `email` is the provider's unverified suggestion, if any).
 */
export type ProviderSignInResult =
  | SignInResult
  | { kind: 'linkRequired'; linkToken: string; provider: string; email: string; expiresIn: number }
  | { kind: 'emailRequired'; signUpToken: string; provider: string; email: string | null; expiresIn: number };

/** A passkey of the signed-in user. */
export type Passkey = PasskeyFieldsFragment;

/** A provider users can sign in with (signInProviders). */
export type SignInProvider = SignInProvidersQuery['signInProviders'][number];

/** A provider account linked to the signed-in user (providerIdentities). */
export type ProviderIdentity = ProviderIdentityFieldsFragment;

/**
 * Where to send the browser (a full navigation, not fetch) to sign in with a provider:
 * `startUrl` with `redirect_uri` (one of the server's SIGN_IN_REDIRECT_URIS, by default
 * `<PUBLIC_URL>/`) and your `state`, which comes back unchanged with `code` or `error`.
 */
export function providerSignInUrl(startUrl: string, options: { redirectUri: string; state?: string }): string {
  const url = new URL(startUrl);
  url.searchParams.set('redirect_uri', options.redirectUri);
  if (options.state !== undefined) url.searchParams.set('state', options.state);
  return url.toString();
}

export interface SessionState {
  signedIn: boolean;
  user: User | null;
  /**
   * signedIn: a sign-in, registration or second factor succeeded. refreshed: new tokens for the
   * same user. updated: a response carried newer data about the user. signedOut: signOut or
   * deleteAccount. expired: the server refused the session (revoked, disabled, timed out).
   */
  reason: 'signedIn' | 'refreshed' | 'updated' | 'signedOut' | 'expired';
}

export interface PortcullisClientOptions {
  /** The GraphQL endpoint. Default `/graphql` (the page's own origin). */
  url?: string;
  mode: SessionMode;
  /** Cookie mode: where the CSRF token comes from. Default: `auth/csrf` beside `url`'s `graphql`. */
  csrfUrl?: string;
  /** Bearer mode: where the refresh and device tokens go. Default: memory. */
  storage?: TokenStorage;
  fetch?: typeof fetch;
  onSessionChange?: (state: SessionState) => void;
  /**
   * Send this package's documents by their id (`documentId: "sha256:…"`, the hash in the
   * generated manifest) instead of their text: smaller requests, and what a server that runs
   * only trusted documents (GRAPHQL_ONLY_TRUSTED_DOCUMENTS) accepts. A server that does not know
   * an id answers PersistedQueryNotFound, and the text is sent instead. Default false.
   */
  documentIds?: boolean;
}

/** One error of a GraphQL response. */
export interface GraphQLError {
  message: string;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

/** The server's codes, plus NETWORK_ERROR (no answer) and BAD_RESPONSE (not a GraphQL answer). */
// `string & {}` keeps the literal suggestions while accepting codes of a newer server.
export type PortcullisErrorCode = ErrorCode | 'NETWORK_ERROR' | 'BAD_RESPONSE' | (string & {});

export class PortcullisError extends Error {
  override readonly name = 'PortcullisError';
  /** extensions.code of the first error. */
  readonly code: PortcullisErrorCode;
  /** The input field at fault (BAD_USER_INPUT, CONFLICT). */
  readonly field?: string;
  /** Seconds to wait (RATE_LIMITED). */
  readonly retryAfter?: number;
  readonly errors: GraphQLError[];
  /** The HTTP status, when there was an answer. */
  readonly status?: number;

  constructor(errors: GraphQLError[], options: { status?: number; cause?: unknown } = {}) {
    const first = errors[0] ?? { message: 'Unknown error' };
    super(first.message, options.cause === undefined ? undefined : { cause: options.cause });
    this.errors = errors;
    const ext = first.extensions ?? {};
    this.code = typeof ext['code'] === 'string' ? ext['code'] : 'BAD_RESPONSE';
    if (typeof ext['field'] === 'string') this.field = ext['field'];
    if (typeof ext['retryAfter'] === 'number') this.retryAfter = ext['retryAfter'];
    if (options.status !== undefined) this.status = options.status;
  }

  /** Whether any of the errors has this code. */
  has(code: PortcullisErrorCode): boolean {
    return this.errors.some((e) => e.extensions?.['code'] === code);
  }
}

/** A typed document: from this package (its source string), or any TypedDocumentNode with `loc`. */
export type Document<R, V> = DocumentTypeDecoration<R, V>;

/** Variables are optional exactly when the operation has no required variable. */
export type VariablesArg<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

/** Refresh answers that mean the session is over (anything else leaves it as it is). */
const SESSION_OVER: ReadonlySet<string> = new Set([
  'INVALID_TOKEN',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
]);

export class PortcullisClient {
  readonly #url: string;
  readonly #csrfUrl: string;
  readonly #mode: SessionMode;
  readonly #storage: TokenStorage;
  readonly #fetch: typeof fetch;
  readonly #documentIds: boolean;
  readonly #listeners = new Set<(state: SessionState) => void>();

  #accessToken: string | null = null;
  /** When the access token expires (ms since the epoch). */
  #expiresAt = 0;
  /** Refresh that long before expiry. */
  #skew = 0;
  #user: User | null = null;
  #refreshing: Promise<boolean> | null = null;
  #csrf: Promise<string> | null = null;
  /** Bumped when the session ends: answers to requests sent before then change nothing. */
  #epoch = 0;

  constructor(options: PortcullisClientOptions) {
    this.#url = options.url ?? '/graphql';
    this.#csrfUrl = options.csrfUrl ?? `${this.#url.replace(/\/graphql\/?$/, '')}/auth/csrf`;
    this.#mode = options.mode;
    this.#storage = options.storage ?? memoryTokenStorage();
    // Looked up per call, and called unbound as browsers require.
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    if (options.onSessionChange) this.#listeners.add(options.onSessionChange);
    this.#documentIds = options.documentIds ?? false;
  }

  get mode(): SessionMode {
    return this.#mode;
  }
  /** The current access token (memory only), e.g. for another API that accepts it. */
  get accessToken(): string | null {
    return this.#accessToken;
  }
  get user(): User | null {
    return this.#user;
  }
  get signedIn(): boolean {
    return this.#user !== null && this.#accessToken !== null;
  }

  /** Another listener besides `onSessionChange`; returns the unsubscribe function. */
  subscribe(listener: (state: SessionState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Runs a document with the access token. An expired token is refreshed first; when the server
   * answers UNAUTHENTICATED (or `me: null` to a token) and there is a session, it is refreshed
   * once (shared with concurrent callers) and the request retried once. If that refresh is
   * refused the session ends (onSessionChange, reason `expired`) and the answer stands.
   */
  async request<R, V extends Record<string, unknown>>(
    doc: Document<R, V>,
    ...[variables]: VariablesArg<V>
  ): Promise<R> {
    if (this.#accessToken !== null && Date.now() >= this.#expiresAt - this.#skew) {
      await this.refresh();
    }
    const used = this.#accessToken;
    let refused: { error: PortcullisError } | { data: R };
    try {
      const data = await this.#execute(doc, variables, used);
      // `me` answers null rather than UNAUTHENTICATED when the token is no longer valid.
      if (used === null || !isObject(data) || data['me'] !== null) return data;
      refused = { data };
    } catch (error) {
      if (!(error instanceof PortcullisError) || !error.has('UNAUTHENTICATED')) throw error;
      refused = { error };
    }
    // Someone else refreshed meanwhile: just retry with the new token.
    if (this.#accessToken !== null && this.#accessToken !== used) {
      return this.#execute(doc, variables, this.#accessToken);
    }
    if ((await this.#hasSession(used)) && (await this.refresh())) {
      return this.#execute(doc, variables, this.#accessToken);
    }
    if ('error' in refused) throw refused.error;
    return refused.data;
  }

  /** Signs in. With a second factor on, finish with completeSecondFactor. */
  async signIn(login: string, password: string): Promise<SignInResult> {
    const input: LoginInput = { login, password };
    if (this.#mode === 'bearer') {
      const deviceToken = await this.#storage.get(storageKeys.deviceToken);
      if (deviceToken) input.deviceToken = deviceToken;
    }
    const { login: result } = await this.#execute(loginMutation, { input }, null);
    if (result.__typename === 'MfaChallenge') {
      return { kind: 'secondFactor', mfaToken: result.mfaToken, expiresIn: result.expiresIn, methods: result.methods };
    }
    if (result.__typename === 'AuthPayload') return { kind: 'signedIn', user: result.user };
    // LinkRequired and EmailRequired answer provider sign-ins only, never a password.
    throw new Error(`unexpected answer to login: ${result.__typename}`);
  }

  /** The second step: a 6-digit TOTP code or a recovery code. */
  async completeSecondFactor(mfaToken: string, code: string): Promise<User> {
    const data = await this.#execute(verifyTotpMutation, { mfaToken, code }, null);
    return data.verifyTotp.user;
  }

  /** Creates the account and signs it in. */
  async register(input: RegisterInput): Promise<User> {
    const data = await this.#execute(registerMutation, { input }, null);
    return data.register.user;
  }

  // ------------------------------------------------------------------- sign-in providers

  /** The providers users can sign in with (empty when none is configured). */
  async providers(): Promise<SignInProvider[]> {
    return (await this.request(signInProvidersQuery)).signInProviders;
  }

  /** The provider accounts linked to the signed-in user, oldest first. */
  async identities(): Promise<ProviderIdentity[]> {
    return (await this.request(providerIdentitiesQuery)).providerIdentities;
  }

  /**
   * Finishes a provider sign-in with the `code` the browser brought back (single use). Signed in,
   * or the second factor (completeSecondFactor), or linkRequired / emailRequired.
   */
  async finishProviderSignIn(providerCode: string): Promise<ProviderSignInResult> {
    const data = await this.#execute(finishProviderSignInMutation, { providerCode }, null);
    return providerSignInResult(data.finishProviderSignIn);
  }

  /**
   * After emailRequired: the address the user gives. The server mails it a link (to
   * `<PUBLIC_URL>/confirm-sign-up?token=…`) that finishes with confirmProviderSignUp. Resolves
   * whether or not the address has an account.
   */
  async requestProviderSignUp(signUpToken: string, email: string): Promise<void> {
    await this.#execute(requestProviderSignUpMutation, { signUpToken, email }, null);
  }

  /** The token of the mailed sign-up link: a new account, signed in (or linkRequired, or the second factor). */
  async confirmProviderSignUp(token: string): Promise<ProviderSignInResult> {
    const data = await this.#execute(confirmProviderSignUpMutation, { token }, null);
    return providerSignInResult(data.confirmProviderSignUp);
  }

  /**
   * After linkRequired: proves the account that owns the address (its password, and a code when
   * its TOTP is on), links the provider account to it and signs it in. Without a password: the
   * caller must be signed in to that account with a recent authentication.
   */
  async confirmProviderLink(linkToken: string, password?: string | null, code?: string | null): Promise<User> {
    const variables: { linkToken: string; password?: string; code?: string } = { linkToken };
    if (password != null) variables.password = password;
    if (code != null) variables.code = code;
    return (await this.request(confirmProviderLinkMutation, variables)).confirmProviderLink.user;
  }

  /** Links another provider account to the signed-in user (recent authentication needed). */
  async linkProvider(providerCode: string): Promise<ProviderIdentity[]> {
    return (await this.request(linkProviderMutation, { providerCode })).linkProvider;
  }

  /** Unlinks the user's account of `provider`; FORBIDDEN when it is the last way to sign in. */
  async unlinkProvider(provider: string): Promise<ProviderIdentity[]> {
    return (await this.request(unlinkProviderMutation, { provider })).unlinkProvider;
  }

  /**
   * After REAUTHENTICATION_REQUIRED, with the code of a provider sign-in (of a provider account
   * linked to the user) instead of the password; `code`: the TOTP or recovery code when TOTP is on.
   */
  async reauthenticateWithProvider(providerCode: string, code?: string): Promise<void> {
    await this.request(reauthenticateWithProviderMutation, code === undefined ? { providerCode } : { providerCode, code });
  }

  /** Whether the server offers passkeys (needs no session: for a sign-in page). */
  async passkeysEnabled(): Promise<boolean> {
    return (await this.#execute(passkeysEnabledQuery, {}, null)).passkeysEnabled;
  }

  /** Whether the server offers passkeys, and the signed-in user's passkeys (oldest first). */
  async passkeys(): Promise<{ enabled: boolean; passkeys: Passkey[] }> {
    const data = await this.request(passkeysQuery);
    return { enabled: data.passkeysEnabled, passkeys: data.passkeys };
  }

  /**
   * Registers a passkey for the signed-in user (needs a recent authentication: on
   * REAUTHENTICATION_REQUIRED, reauthenticate and retry): the server's options go to
   * `navigator.credentials.create()`, its credential back to the server. `credentials`: another
   * WebAuthn implementation (tests). Rejects with the browser's DOMException when the user
   * cancels.
   */
  async registerPasskey(name: string, credentials: CredentialsContainerLike = navigator.credentials): Promise<Passkey> {
    const ceremony = (await this.request(startPasskeyRegistrationMutation)).startPasskeyRegistration;
    const created = await credentials.create(creationOptions(ceremony.optionsJson));
    const data = await this.request(finishPasskeyRegistrationMutation, {
      ceremonyId: ceremony.ceremonyId,
      credentialJson: credentialJson(created),
      name,
    });
    return data.finishPasskeyRegistration;
  }

  /**
   * Signs in with a passkey, without a username. `conditional`: through the browser's autofill
   * (start it when the sign-in page loads, with `autocomplete="username webauthn"` on its
   * username field, and abort it with `signal` when the user signs in another way). A passkey
   * is two factors: the answer is `signedIn`.
   */
  async signInWithPasskey(
    options: { conditional?: boolean; signal?: AbortSignal; credentials?: CredentialsContainerLike } = {},
  ): Promise<ProviderSignInResult> {
    const ceremony = (await this.#execute(startPasskeySignInMutation, {}, null)).startPasskeySignIn;
    const credentials = options.credentials ?? navigator.credentials;
    const asserted = await credentials.get(requestOptions(ceremony.optionsJson, options.conditional ?? false, options.signal));
    const data = await this.#execute(
      finishPasskeySignInMutation,
      { ceremonyId: ceremony.ceremonyId, credentialJson: credentialJson(asserted) },
      null,
    );
    return providerSignInResult(data.finishPasskeySignIn);
  }

  /**
   * The second step of a password (or provider) sign-in with one of the account's passkeys,
   * when the challenge's `methods` has PASSKEY: the browser asks for it by name (no account
   * picker). A wrong answer is INVALID_MFA_CODE, like a wrong code.
   */
  async completeSecondFactorWithPasskey(
    mfaToken: string,
    credentials: CredentialsContainerLike = navigator.credentials,
  ): Promise<User> {
    const ceremony = (await this.#execute(startPasskeySecondFactorMutation, { mfaToken }, null)).startPasskeySecondFactor;
    const asserted = await credentials.get(requestOptions(ceremony.optionsJson, false));
    const data = await this.#execute(
      finishPasskeySecondFactorMutation,
      { mfaToken, ceremonyId: ceremony.ceremonyId, credentialJson: credentialJson(asserted) },
      null,
    );
    return data.finishPasskeySecondFactor.user;
  }

  /** After REAUTHENTICATION_REQUIRED: proves the credentials again with one of the user's passkeys. */
  async reauthenticateWithPasskey(credentials: CredentialsContainerLike = navigator.credentials): Promise<void> {
    const ceremony = (await this.request(startPasskeyReauthenticationMutation)).startPasskeyReauthentication;
    const asserted = await credentials.get(requestOptions(ceremony.optionsJson, false));
    await this.request(reauthenticateWithPasskeyMutation, {
      ceremonyId: ceremony.ceremonyId,
      credentialJson: credentialJson(asserted),
    });
  }

  async renamePasskey(id: string, name: string): Promise<Passkey> {
    return (await this.request(renamePasskeyMutation, { id, name })).renamePasskey;
  }

  /** Deletes one of the user's passkeys (needs a recent authentication; never the last way in). */
  async deletePasskey(id: string): Promise<void> {
    await this.request(deletePasskeyMutation, { id });
  }

  /** After REAUTHENTICATION_REQUIRED: proves the credentials again (new tokens), then retry. */
  async reauthenticate(password: string, code?: string): Promise<void> {
    await this.request(reauthenticateMutation, code === undefined ? { password } : { password, code });
  }

  /**
   * New tokens for the session. Concurrent callers share one refresh. Resolves false when the
   * server refused (the session is over: the state is cleared); rejects, keeping the session,
   * when the server could not be reached or answered something else (e.g. RATE_LIMITED).
   */
  refresh(): Promise<boolean> {
    this.#refreshing ??= this.#refresh().finally(() => {
      this.#refreshing = null;
    });
    return this.#refreshing;
  }

  /** On start-up: picks up the session that outlived the page (cookie or stored refresh token). */
  async resume(): Promise<User | null> {
    if (this.signedIn && Date.now() < this.#expiresAt - this.#skew) return this.#user;
    return (await this.refresh()) ? this.#user : null;
  }

  /**
   * Signs out. LOCAL (default) and GLOBAL clear this client's state (and in cookie mode the
   * cookies) even if the server call fails; LOCAL never throws, GLOBAL rethrows the failure after
   * clearing (other sessions may still be live). OTHERS keeps this session and throws on failure.
   */
  async signOut(scope: LogoutScope = 'LOCAL'): Promise<void> {
    if (scope === 'OTHERS') {
      await this.request(logoutMutation, { scope });
      return;
    }
    let failure: unknown = null;
    try {
      if (this.#mode === 'cookie') {
        // Works with an expired access token: the refresh cookie stands for the session.
        await this.#execute(logoutMutation, { scope }, this.#accessToken);
      } else if (this.#accessToken !== null || (await this.#storage.get(storageKeys.refreshToken))) {
        await this.request(logoutMutation, { scope });
      }
    } catch (error) {
      failure = error;
    } finally {
      await this.#clear('signedOut');
    }
    if (failure !== null && scope === 'GLOBAL') throw failure;
  }

  // ---------------------------------------------------------------------------------- private

  async #refresh(): Promise<boolean> {
    let variables: { refreshToken?: string } = {};
    if (this.#mode === 'bearer') {
      const refreshToken = await this.#storage.get(storageKeys.refreshToken);
      if (!refreshToken) {
        await this.#clear('expired');
        return false;
      }
      variables = { refreshToken };
    }
    try {
      await this.#execute(refreshMutation, variables, null);
      return true;
    } catch (error) {
      if (error instanceof PortcullisError && SESSION_OVER.has(error.code)) {
        await this.#clear('expired');
        return false;
      }
      throw error;
    }
  }

  /** Whether a refresh could help: a session this client knows of. */
  async #hasSession(usedToken: string | null): Promise<boolean> {
    if (this.#mode === 'cookie') return usedToken !== null || this.#user !== null;
    return Boolean(await this.#storage.get(storageKeys.refreshToken));
  }

  /** Sends a document and takes in what its answer says about the session. */
  async #execute<R, V>(doc: Document<R, V>, variables: V | undefined, token: string | null): Promise<R> {
    const epoch = this.#epoch;
    const data = await this.#send(doc, variables, token);
    if (epoch === this.#epoch) await this.#observe(data);
    return data as R;
  }

  /**
   * Any AuthPayload at the top of an answer (login, register, verifyTotp, refresh,
   * reauthenticate, changePassword, finishProviderSignIn, confirmProviderSignUp,
   * confirmProviderLink, reauthenticateWithProvider) becomes the session; a User that is the signed-in user
   * updates it; deleteAccount ends the session.
   */
  async #observe(data: Record<string, unknown>): Promise<void> {
    for (const [key, value] of Object.entries(data)) {
      if (isAuthPayload(value)) {
        await this.#adopt(value);
      } else if (isUser(value) && this.#user !== null && value.id === this.#user.id) {
        const before = this.#user;
        this.#user = value;
        if (userKeys.some((k) => before[k] !== value[k])) this.#emit('updated');
      } else if (key === 'deleteAccount' && value === true) {
        await this.#clear('signedOut');
      }
    }
  }

  async #adopt(payload: AuthPayloadFieldsFragment): Promise<void> {
    const reason = this.#user !== null && this.#user.id === payload.user.id ? 'refreshed' : 'signedIn';
    if (this.#mode === 'bearer') {
      if (payload.refreshToken) await this.#storage.set(storageKeys.refreshToken, payload.refreshToken);
      if (payload.deviceToken) await this.#storage.set(storageKeys.deviceToken, payload.deviceToken);
    }
    const lifetime = payload.expiresIn * 1000;
    this.#accessToken = payload.accessToken;
    this.#expiresAt = Date.now() + lifetime;
    this.#skew = Math.min(30_000, lifetime / 10);
    this.#user = payload.user;
    this.#emit(reason);
  }

  /** Forgets the session (the device token stays: it belongs to the device, not the session). */
  async #clear(reason: 'signedOut' | 'expired'): Promise<void> {
    const was = this.signedIn;
    this.#epoch += 1;
    this.#accessToken = null;
    this.#expiresAt = 0;
    this.#user = null;
    if (this.#mode === 'bearer') await this.#storage.remove(storageKeys.refreshToken);
    if (was) this.#emit(reason);
  }

  #emit(reason: SessionState['reason']): void {
    const state: SessionState = { signedIn: this.signedIn, user: this.#user, reason };
    for (const listener of this.#listeners) {
      try {
        listener(state);
      } catch {
        // A listener's failure is its own: the session goes on.
      }
    }
  }

  async #send<V>(doc: Document<unknown, V>, variables: V | undefined, token: string | null): Promise<Record<string, unknown>> {
    const query = sourceOf(doc);
    const operationName = /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query)?.[1];
    const documentId = this.#documentIds ? documentIdOf(doc) : undefined;
    let { response, payload } = await this.#exchange(
      documentId ? { documentId, variables: variables ?? {}, operationName } : { query, variables: variables ?? {}, operationName },
      token,
    );
    // A server that does not know the id (another version): the text, once.
    if (documentId && Array.isArray(payload['errors']) && payload['errors'].some((e) => isGraphQLError(e) && e.message === 'PersistedQueryNotFound')) {
      ({ response, payload } = await this.#exchange({ query, variables: variables ?? {}, operationName }, token));
    }
    const errors = Array.isArray(payload['errors']) ? payload['errors'].filter(isGraphQLError) : [];
    if (errors.length > 0) throw new PortcullisError(errors, { status: response.status });
    const data = payload['data'];
    if (!response.ok || !isObject(data)) {
      throw badResponse(`HTTP ${response.status}: no data in the answer`, response.status);
    }
    return data;
  }

  /** POSTs a body and reads the answer as a JSON object. */
  async #exchange(body: Record<string, unknown>, token: string | null): Promise<{ response: Response; payload: Record<string, unknown> }> {
    const response = await this.#post(JSON.stringify(body), token);
    let payload: unknown;
    try {
      payload = await response.json();
    } catch (cause) {
      throw badResponse(`HTTP ${response.status}: the answer is not JSON`, response.status, cause);
    }
    if (!isObject(payload)) throw badResponse(`HTTP ${response.status}: not a GraphQL answer`, response.status);
    return { response, payload };
  }

  /** POSTs a GraphQL body; in cookie mode with the CSRF proof, renewed once on HTTP 403. */
  async #post(body: string, token: string | null): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        accept: 'application/json',
      };
      if (token !== null) headers['authorization'] = `Bearer ${token}`;
      const init: RequestInit = { method: 'POST', headers, body };
      let csrf: Promise<string> | null = null;
      if (this.#mode === 'cookie') {
        csrf = this.#csrfToken();
        headers['x-portcullis-session'] = 'cookie';
        headers['x-csrf-token'] = await csrf;
        init.credentials = 'include';
      }
      const response = await this.#call(this.#url, init);
      if (csrf === null || response.status !== 403 || attempt > 0) return response;
      // A stale or missing CSRF cookie: fetch a new token once (unless another call already did).
      await response.body?.cancel();
      if (this.#csrf === csrf) this.#csrf = null;
    }
  }

  /** The CSRF token, fetched once and shared. */
  #csrfToken(): Promise<string> {
    if (this.#csrf === null) {
      const pending = this.#fetchCsrf();
      this.#csrf = pending;
      pending.catch(() => {
        if (this.#csrf === pending) this.#csrf = null;
      });
    }
    return this.#csrf;
  }

  async #fetchCsrf(): Promise<string> {
    const response = await this.#call(this.#csrfUrl, {
      method: 'GET',
      headers: { accept: 'application/json' },
      credentials: 'include',
    });
    const payload: unknown = await response.json().catch(() => null);
    if (response.ok && isObject(payload) && typeof payload['csrfToken'] === 'string') {
      return payload['csrfToken'];
    }
    if (isObject(payload) && Array.isArray(payload['errors'])) {
      const errors = payload['errors'].filter(isGraphQLError);
      if (errors.length > 0) throw new PortcullisError(errors, { status: response.status });
    }
    throw badResponse(`HTTP ${response.status} from the CSRF endpoint`, response.status);
  }

  async #call(url: string, init: RequestInit): Promise<Response> {
    try {
      return await this.#fetch(url, init);
    } catch (cause) {
      throw new PortcullisError(
        [{ message: 'The server could not be reached.', extensions: { code: 'NETWORK_ERROR' } }],
        { cause },
      );
    }
  }
}

function providerSignInResult(result: LoginResultFieldsFragment): ProviderSignInResult {
  switch (result.__typename) {
    case 'AuthPayload':
      return { kind: 'signedIn', user: result.user };
    case 'MfaChallenge':
      return { kind: 'secondFactor', mfaToken: result.mfaToken, expiresIn: result.expiresIn, methods: result.methods };
    case 'LinkRequired':
      return {
        kind: 'linkRequired',
        linkToken: result.linkToken,
        provider: result.provider,
        email: result.email,
        expiresIn: result.expiresIn,
      };
    case 'EmailRequired':
      return {
        kind: 'emailRequired',
        signUpToken: result.signUpToken,
        provider: result.provider,
        email: result.suggestedEmail,
        expiresIn: result.expiresIn,
      };
  }
}

/** The id of one of this package's documents (its hash in the generated manifest), if it has one. */
function documentIdOf(doc: unknown): string | undefined {
  const meta = isObject(doc) || doc instanceof String ? (doc as { __meta__?: unknown }).__meta__ : undefined;
  const hash = isObject(meta) ? meta['hash'] : undefined;
  return typeof hash === 'string' && hash.startsWith('sha256:') ? hash : undefined;
}

function sourceOf(doc: unknown): string {
  // This package's documents are String objects (codegen documentMode 'string').
  if (typeof doc === 'string' || doc instanceof String) return doc.toString();
  const loc = isObject(doc) ? doc['loc'] : undefined;
  if (isObject(loc) && isObject(loc['source']) && typeof loc['source']['body'] === 'string') {
    return loc['source']['body'];
  }
  throw new TypeError('Not a document: pass one from @portcullis/client, or a DocumentNode with loc.');
}

function badResponse(message: string, status: number, cause?: unknown): PortcullisError {
  const options = cause === undefined ? { status } : { status, cause };
  return new PortcullisError([{ message, extensions: { code: 'BAD_RESPONSE' } }], options);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isGraphQLError(value: unknown): value is GraphQLError {
  return isObject(value) && typeof value['message'] === 'string';
}

/** UserFields, field by field, with the JS type of each. */
const userShape = {
  id: 'string',
  email: 'string',
  username: 'string',
  emailVerified: 'boolean',
  role: 'string',
  createdAt: 'string',
  disabled: 'boolean',
  totpEnabled: 'boolean',
  hasPassword: 'boolean',
  passkeyCount: 'number',
} as const satisfies Record<keyof User, 'string' | 'boolean' | 'number'>;
const userKeys = Object.keys(userShape) as (keyof User)[];

function isUser(value: unknown): value is User {
  return isObject(value) && userKeys.every((k) => typeof value[k] === userShape[k]);
}

function isAuthPayload(value: unknown): value is AuthPayloadFieldsFragment {
  return (
    isObject(value) &&
    typeof value['accessToken'] === 'string' &&
    typeof value['refreshToken'] === 'string' &&
    typeof value['expiresIn'] === 'number' &&
    isUser(value['user'])
  );
}
