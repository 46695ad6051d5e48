// Signing in through a provider (GitHub, Google, any OpenID Connect provider), linking one to the
// signed-in account, and confirming "it's you" with one. The browser goes to the server's
// startUrl (a full navigation) with redirect_uri = this console's root and a random state; it
// comes back to `/?code=…&state=…` (or `?error=…&state=…`). Meanwhile the state, what the trip
// is for (the intent) and the screen to come back to wait in sessionStorage (this tab only).
import { providerSignInUrl, type ProviderSignInResult, type SignInProvider } from '@portcullis/client';
import { withReauth } from './actions';
import { fetchProviders } from './api';
import { setChallenge } from './challenge';
import { client } from './client';
import { describeError, errorCode } from './errors';
import { clearNotice, notify } from './notice';
import { navigate } from './router';
import { sessionStore } from './session';
import { createStore } from './store';

/** signIn: the sign-in screen. link: add a provider to the signed-in account. reauth: the "confirm it's you" dialog. */
export type Intent = 'signIn' | 'link' | 'reauth';

interface PendingFlow {
  state: string;
  intent: Intent;
  provider: string;
  providerName: string;
  /** The hash to come back to, e.g. "#/account" ("" for the root). */
  returnTo: string;
}

const FLOW_KEY = 'portcullis.providerFlow';

/** The screen a provider's answer calls for, shown instead of the route's screen while set. */
export type ProviderStep =
  | { step: 'working'; title: string }
  | { step: 'link'; linkToken: string; provider: string; providerName: string; email: string; returnTo: string }
  | { step: 'email'; signUpToken: string; provider: string; providerName: string; email: string | null }
  | { step: 'reauthCode'; providerCode: string; providerName: string; returnTo: string };

export const providerStepStore = createStore<ProviderStep | null>(null);

export function clearProviderStep(): void {
  if (providerStepStore.get() !== null) providerStepStore.set(null);
}

function randomState(): string {
  const bytes = new Uint8Array(24);
  crypto.getRandomValues(bytes);
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Sends the browser to the provider (through the server's startUrl). */
export function startProviderFlow(provider: SignInProvider, intent: Intent, returnTo: string = window.location.hash): void {
  const state = randomState();
  const flow: PendingFlow = { state, intent, provider: provider.id, providerName: provider.name, returnTo };
  try {
    sessionStorage.setItem(FLOW_KEY, JSON.stringify(flow));
  } catch {
    notify('error', 'This browser does not let the page keep the sign-in state (session storage is off), so signing in with a provider cannot work here.', {
      code: 'STORAGE_UNAVAILABLE',
    });
    return;
  }
  window.location.assign(providerSignInUrl(provider.startUrl, { redirectUri: `${window.location.origin}/`, state }));
}

function takeFlow(): PendingFlow | null {
  try {
    const raw = sessionStorage.getItem(FLOW_KEY);
    sessionStorage.removeItem(FLOW_KEY);
    if (!raw) return null;
    const f = JSON.parse(raw) as Partial<PendingFlow>;
    if (
      typeof f.state !== 'string' ||
      (f.intent !== 'signIn' && f.intent !== 'link' && f.intent !== 'reauth') ||
      typeof f.provider !== 'string' ||
      typeof f.providerName !== 'string' ||
      typeof f.returnTo !== 'string'
    ) {
      return null;
    }
    return f as PendingFlow;
  } catch {
    return null;
  }
}

export interface ProviderReturn {
  /** The flow this tab started, when the state matches; null otherwise. */
  flow: PendingFlow | null;
  code: string | null;
  error: string | null;
}

function workingTitle(flow: PendingFlow): string {
  switch (flow.intent) {
    case 'signIn':
      return `Signing in with ${flow.providerName}`;
    case 'link':
      return `Linking ${flow.providerName}`;
    case 'reauth':
      return `Confirming it's you with ${flow.providerName}`;
  }
}

/**
 * On page load, before the first render: a provider's answer in the address (`/?code=…` or
 * `/?error=…`) is taken out of it (it must not stay in the history nor be bookmarked) and checked
 * against the state this tab stored. Null when the page is no provider's answer.
 */
export function takeProviderReturn(): ProviderReturn | null {
  if (window.location.pathname !== '/') return null;
  const query = new URLSearchParams(window.location.search);
  const code = query.get('code');
  const error = query.get('error');
  if (code === null && error === null) return null;
  const stored = takeFlow();
  const state = query.get('state');
  const flow = stored && state !== null && state === stored.state ? stored : null;
  const hash = flow ? flow.returnTo : window.location.hash;
  window.history.replaceState(window.history.state, '', `/${hash}`);
  if (flow && code !== null && error === null) providerStepStore.set({ step: 'working', title: workingTitle(flow) });
  return { flow, code, error };
}

function what(flow: PendingFlow): string {
  switch (flow.intent) {
    case 'signIn':
      return `Signing in with ${flow.providerName}`;
    case 'link':
      return `Linking ${flow.providerName}`;
    case 'reauth':
      return `Confirming with ${flow.providerName}`;
  }
}

function fail(message: string, code: string): void {
  providerStepStore.set(null);
  notify('error', message, { code });
}

/** After boot (the session is known): does what the provider's answer was for. */
export async function finishProviderReturn(r: ProviderReturn): Promise<void> {
  const { flow } = r;
  if (!flow) {
    fail(
      'This answer from a sign-in provider does not belong to a sign-in started in this tab, so it was ignored. Please start again.',
      'PROVIDER_STATE_MISMATCH',
    );
    return;
  }
  if (r.error !== null || r.code === null) {
    providerStepStore.set(null);
    if (r.error === 'access_denied') {
      notify('info', `${what(flow)} was cancelled: nothing was changed.`, { code: 'PROVIDER_CANCELLED' });
    } else if (r.error === 'invalid_request') {
      notify('error', `${what(flow)} could not be finished: it took too long, or it was started in another browser. Please try again.`, {
        code: 'PROVIDER_INVALID_REQUEST',
      });
    } else {
      notify('error', `${what(flow)} failed: ${flow.providerName} did not confirm your account. Please try again later.`, {
        code: 'PROVIDER_SERVER_ERROR',
      });
    }
    return;
  }
  const code = r.code;
  try {
    switch (flow.intent) {
      case 'signIn':
        applySignInResult(await client.finishProviderSignIn(code), flow.providerName, flow.returnTo);
        return;
      case 'link':
        await finishLink(code, flow);
        return;
      case 'reauth':
        await finishReauth(code, flow);
        return;
    }
  } catch (e) {
    fail(describeProviderError(e, flow), errorCode(e) ?? 'ERROR');
  }
}

function describeProviderError(e: unknown, flow: PendingFlow): string {
  switch (errorCode(e)) {
    case 'INVALID_TOKEN':
      return `${what(flow)} took too long or was already finished. Please try again.`;
    case 'FORBIDDEN':
      return flow.intent === 'signIn' ? 'This account is disabled. Contact an administrator.' : describeError(e);
    case 'CONFLICT':
      return `This ${flow.providerName} account is already linked to an account here, or yours already has a ${flow.providerName} account linked.`;
    case 'INVALID_CREDENTIALS':
      return `That ${flow.providerName} account is not the one linked to your account.`;
    default:
      return describeError(e);
  }
}

/** The name of a provider by its id (the id itself when the list cannot be had). */
export async function providerName(id: string): Promise<string> {
  try {
    return (await fetchProviders()).find((p) => p.id === id)?.name ?? id;
  } catch {
    return id;
  }
}

/**
 * What a provider sign-in answered (finishProviderSignIn, confirmProviderSignUp): signed in (the
 * client's session event shows the screen), the second factor (the sign-in screen's second
 * step), or a screen for linkRequired / emailRequired.
 */
export function applySignInResult(r: ProviderSignInResult, name: string, returnTo: string): void {
  switch (r.kind) {
    case 'signedIn':
      providerStepStore.set(null);
      notify('success', `Signed in as ${r.user.username} with ${name}.`, { sticky: true });
      return;
    case 'secondFactor':
      setChallenge(r.mfaToken, r.expiresIn, r.methods);
      providerStepStore.set(null);
      clearNotice();
      return;
    case 'linkRequired':
      providerStepStore.set({
        step: 'link',
        linkToken: r.linkToken,
        provider: r.provider,
        providerName: name,
        email: r.email,
        returnTo,
      });
      return;
    case 'emailRequired':
      providerStepStore.set({ step: 'email', signUpToken: r.signUpToken, provider: r.provider, providerName: name, email: r.email });
      return;
  }
}

function signedInPath(returnTo: string): string {
  const path = returnTo.replace(/^#/, '').split('?')[0] || '/';
  return path === '/signin' || path === '/signup' || path === '/forgot-password' || path === '/' ? '/quotes' : path;
}

async function finishLink(code: string, flow: PendingFlow): Promise<void> {
  if (sessionStore.get().status !== 'signedIn') {
    fail(`You were signed out before ${flow.providerName} could be linked. Sign in, then link it again from your account.`, 'UNAUTHENTICATED');
    return;
  }
  await withReauth(() => client.linkProvider(code));
  providerStepStore.set(null);
  notify('success', `${flow.providerName} is linked to your account: you can sign in with it now.`, { sticky: true });
  navigate(signedInPath(flow.returnTo));
}

async function finishReauth(code: string, flow: PendingFlow): Promise<void> {
  const user = sessionStore.get().user;
  if (sessionStore.get().status !== 'signedIn' || !user) {
    fail('You were signed out meanwhile. Please sign in again.', 'UNAUTHENTICATED');
    return;
  }
  if (user.totpEnabled) {
    // The provider proved the first factor; the server wants the second one with it.
    providerStepStore.set({ step: 'reauthCode', providerCode: code, providerName: flow.providerName, returnTo: flow.returnTo });
    return;
  }
  await client.reauthenticateWithProvider(code);
  reauthenticated(flow.providerName, flow.returnTo);
}

/** Done: the waiting action was lost with the trip to the provider, so the user does it again. */
export function reauthenticated(name: string, returnTo: string): void {
  providerStepStore.set(null);
  notify('info', `Identity confirmed with ${name}. Now do it again: it will go through this time.`, { code: 'REAUTHENTICATED', sticky: true });
  navigate(signedInPath(returnTo));
}
