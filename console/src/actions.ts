// Running an API call from a screen: busy state, REAUTHENTICATION_REQUIRED (ask for the
// password, reauthenticate, retry), the end of the session, and the notice.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { client } from './client';
import { Cancelled, errorCode } from './errors';
import { notify, notifyError } from './notice';
import { createStore } from './store';
import { endSession, sessionStore } from './session';

export interface ReauthRequest {
  resolve(ok: boolean): void;
}

/** The open "confirm it's you" dialog, if any (rendered by <ReauthDialog>). */
export const reauthStore = createStore<ReauthRequest | null>(null);

let pending: Promise<boolean> | null = null;

/** Opens the dialog (once, however many calls ask at the same time). */
export function askReauth(): Promise<boolean> {
  if (pending) return pending;
  pending = new Promise<boolean>((resolve) => {
    reauthStore.set({
      resolve(ok) {
        reauthStore.set(null);
        pending = null;
        resolve(ok);
      },
    });
  });
  return pending;
}

/**
 * Thrown instead of retrying an action that carries a one-time code: the dialog just used the
 * current code, and a TOTP code works once, so the user enters the next one.
 */
export class Reauthenticated extends Error {
  readonly code = 'REAUTHENTICATED';
  constructor() {
    super('Identity confirmed.');
  }
}

/** Runs `fn`; when the server wants a fresh proof of credentials, gets one and runs it again. */
export async function withReauth<T>(fn: () => Promise<T>, retry = true): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (errorCode(e) !== 'REAUTHENTICATION_REQUIRED') throw e;
    const ok = await askReauth();
    if (!ok) throw new Cancelled();
    if (!retry) throw new Reauthenticated();
    return await fn();
  }
}

/** Shows an error, or the sign-in screen when the error means the session is gone. */
export function reportError(e: unknown): void {
  const code = errorCode(e);
  if (code === 'UNAUTHENTICATED') {
    // The client already tried a refresh; if it has no session left, neither do we. The
    // session-ended notice (shown when the client gave up) says it better than this error.
    if (sessionStore.get().status !== 'signedIn') return;
    if (!client.signedIn) {
      endSession();
      return;
    }
  }
  if (code === 'CANCELLED') {
    notify('info', 'Cancelled: nothing was changed.', { code });
    return;
  }
  if (code === 'REAUTHENTICATED') {
    notify('info', 'Identity confirmed. Each code works once: wait for the next code in your authenticator app, enter it and try again.', {
      code,
    });
    return;
  }
  notifyError(e);
}

export interface Action {
  busy: boolean;
  /**
   * Runs `fn` with re-authentication; returns its result, or undefined after a reported error.
   * `retryAfterReauth: false` for actions that carry a one-time code.
   */
  run<T>(
    fn: () => Promise<T>,
    success?: string | ((result: T) => string),
    opts?: { retryAfterReauth?: boolean },
  ): Promise<T | undefined>;
}

export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  const run = useCallback(
    async <T,>(fn: () => Promise<T>, success?: string | ((result: T) => string), opts?: { retryAfterReauth?: boolean }) => {
      setBusy(true);
      try {
        const result = await withReauth(fn, opts?.retryAfterReauth ?? true);
        if (success) notify('success', typeof success === 'string' ? success : success(result));
        return result;
      } catch (e) {
        reportError(e);
        return undefined;
      } finally {
        if (mounted.current) setBusy(false);
      }
    },
    [],
  );
  return { busy, run };
}

/** Loads data for a screen: {data, error, loading, reload}. Errors go to the notice too. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]) {
  const [state, setState] = useState<{ data: T | undefined; loading: boolean; failed: boolean }>({
    data: undefined,
    loading: true,
    failed: false,
  });
  const seq = useRef(0);
  const reload = useCallback(async (): Promise<T | undefined> => {
    const mine = ++seq.current;
    setState((s) => ({ ...s, loading: true }));
    try {
      const data = await withReauth(load);
      if (mine === seq.current) setState({ data, loading: false, failed: false });
      return data;
    } catch (e) {
      if (mine === seq.current) setState((s) => ({ ...s, loading: false, failed: true }));
      reportError(e);
      return undefined;
    }
  }, deps);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { ...state, reload, setData: (data: T) => setState({ data, loading: false, failed: false }) };
}
