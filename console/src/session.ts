// Who is signed in, as the screens see it. The client holds the access token (memory only) and
// the signed-in user; this module mirrors them into a store, polls `me` every 30 s while signed
// in, and turns any end of the session the user did not ask for (an admin disabled the account,
// a revoked session, an expired cookie) into the sign-in screen with a notice.
import { client, onSessionChange } from './client';
import { fetchMe, type Me } from './api';
import { createStore } from './store';
import { notify } from './notice';
import { describeError, errorCode } from './errors';

export type SessionStatus = 'loading' | 'signedOut' | 'signedIn';

export interface SessionView {
  status: SessionStatus;
  user: Me | null;
}

export const sessionStore = createStore<SessionView>({ status: 'loading', user: null });

export const POLL_MS = 30_000;
let pollTimer: ReturnType<typeof setInterval> | undefined;
/** Set while the user signs out (or deletes the account) on purpose: no "session ended" notice. */
let leaving = false;

export const SESSION_ENDED =
  'You are signed out: your session ended (it was revoked or expired, or the account was disabled). Please sign in again.';

function startPolling() {
  if (pollTimer !== undefined) return;
  pollTimer = setInterval(() => void checkSession(), POLL_MS);
}

function stopPolling() {
  if (pollTimer !== undefined) clearInterval(pollTimer);
  pollTimer = undefined;
}

function showSignedIn(user: Me): void {
  const now = sessionStore.get();
  if (now.status !== 'signedIn' || now.user !== user) sessionStore.set({ status: 'signedIn', user });
  startPolling();
}

/** The session is over without the user asking: show the sign-in screen and say why. */
export function endSession(message: string = SESSION_ENDED): void {
  stopPolling();
  const was = sessionStore.get().status;
  if (was !== 'signedOut') sessionStore.set({ status: 'signedOut', user: null });
  if (was === 'signedIn' && !leaving) notify('info', message, { code: 'SIGNED_OUT', sticky: true });
}

/** Reloads `me` (the client refreshes once if the token was refused); null: the session is over. */
export async function reloadMe(): Promise<Me | null> {
  const me = await fetchMe();
  if (me) {
    showSignedIn(client.user ?? me);
    return me;
  }
  endSession();
  return null;
}

/** The poll. A network failure is not a sign-out; only the server's word is. */
export async function checkSession(): Promise<void> {
  if (sessionStore.get().status !== 'signedIn') return;
  try {
    await reloadMe();
  } catch (e) {
    if (errorCode(e) === 'UNAUTHENTICATED' || !client.signedIn) endSession();
  }
}

/** On page load: the client refreshes from the HttpOnly cookie, if there is a session. */
export async function boot(): Promise<void> {
  try {
    const user = await client.resume();
    if (user) showSignedIn(user);
    else sessionStore.set({ status: 'signedOut', user: null });
  } catch (e) {
    sessionStore.set({ status: 'signedOut', user: null });
    const code = errorCode(e) ?? 'NETWORK_ERROR';
    notify(
      'error',
      code === 'NETWORK_ERROR' || code === 'BAD_RESPONSE'
        ? 'Cannot reach the server to restore your session. Reload the page or sign in.'
        : describeError(e),
      { code },
    );
  }
}

/** Signs out this browser (the server clears the cookies, even with an expired token). */
export async function signOut(message = 'You are signed out.'): Promise<void> {
  leaving = true;
  stopPolling();
  try {
    await client.signOut('LOCAL');
  } finally {
    sessionStore.set({ status: 'signedOut', user: null });
    notify('success', message, { sticky: true });
    leaving = false;
  }
}

/** Runs an action that ends the session on purpose (delete account): no "session ended" notice. */
export async function leave<T>(fn: () => Promise<T>): Promise<T> {
  leaving = true;
  try {
    return await fn();
  } finally {
    leaving = false;
  }
}

onSessionChange((state) => {
  if (state.signedIn && state.user) {
    showSignedIn(state.user);
  } else if (state.reason === 'expired') {
    endSession();
  } else if (!leaving) {
    endSession();
  } else {
    stopPolling();
    sessionStore.set({ status: 'signedOut', user: null });
  }
});

document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') void checkSession();
});
