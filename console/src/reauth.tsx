// "Confirm it's you": opened when the server answers REAUTHENTICATION_REQUIRED. Asks for the
// password (and a code when two-factor authentication is on), calls reauthenticate, and lets
// the waiting action run again. An account without a password confirms with one of its linked
// sign-in providers instead: a trip to the provider, after which the user does the action again.
// An account with a passkey can confirm with it, in place.
import { useEffect, useRef, useState } from 'preact/hooks';
import { client } from './client';
import { reauthStore } from './actions';
import { fetchIdentities, fetchProviders, type SignInProvider } from './api';
import { describeError, errorCode } from './errors';
import { startProviderFlow } from './providers';
import { sessionStore } from './session';
import { useStore } from './store';
import { Button, CodeField, Field, Form, Loading, Submit } from './ui';
import { inBrowser, usePasskeysOffered } from './screens/passkeys';

/** The sign-in providers linked to the account (null while loading). */
function useLinkedProviders(active: boolean): { providers: SignInProvider[] | null; error: string | null } {
  const [state, setState] = useState<{ providers: SignInProvider[] | null; error: string | null }>({ providers: null, error: null });
  useEffect(() => {
    if (!active) return;
    let live = true;
    setState({ providers: null, error: null });
    Promise.all([fetchProviders(), fetchIdentities()]).then(
      ([all, linked]) => {
        if (live) setState({ providers: all.filter((p) => linked.some((i) => i.provider === p.id)), error: null });
      },
      (e: unknown) => {
        if (live) setState({ providers: [], error: describeError(e) });
      },
    );
    return () => {
      live = false;
    };
  }, [active]);
  return state;
}

export function ReauthDialog() {
  const request = useStore(reauthStore);
  const session = useStore(sessionStore);
  const dialog = useRef<HTMLDialogElement>(null);
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<{ text: string; code: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const passwordless = session.user ? !session.user.hasPassword : false;
  const linked = useLinkedProviders(request !== null && passwordless);
  const offered = usePasskeysOffered();
  const hasPasskeys = offered && (session.user?.passkeyCount ?? 0) > 0;
  // A second factor is asked with the password when sign-in asks for one: TOTP, or a passkey
  // (then a recovery code stands in for it here).
  const totp = session.user?.totpEnabled ?? false;
  const needsCode = totp || hasPasskeys;

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (request && !d.open) {
      setPassword('');
      setCode('');
      setError(null);
      d.showModal();
    } else if (!request && d.open) {
      d.close();
    }
  }, [request]);

  // The session ended while the dialog was open: give up.
  useEffect(() => {
    if (session.status !== 'signedIn' && request) request.resolve(false);
  }, [session.status, request]);

  const submit = async () => {
    if (!request) return;
    setBusy(true);
    setError(null);
    try {
      await client.reauthenticate(password, needsCode ? code.trim() : undefined);
      setPassword('');
      setCode('');
      request.resolve(true);
    } catch (e) {
      setError({ text: describeError(e), code: errorCode(e) ?? 'ERROR' });
    } finally {
      setBusy(false);
    }
  };

  const withPasskey = async () => {
    if (!request) return;
    setBusy(true);
    setError(null);
    try {
      await inBrowser(() => client.reauthenticateWithPasskey());
      setPassword('');
      setCode('');
      request.resolve(true);
    } catch (e) {
      setError({ text: describeError(e), code: errorCode(e) ?? 'ERROR' });
    } finally {
      setBusy(false);
    }
  };
  const passkeyButton = hasPasskeys && (
    <Button variant="primary" testid="reauth-passkey" busy={busy} onClick={() => void withPasskey()}>
      Confirm with your passkey
    </Button>
  );

  return (
    <dialog
      ref={dialog}
      class="dialog"
      aria-labelledby="reauth-title"
      data-testid="reauth-dialog"
      onCancel={(e) => {
        e.preventDefault();
        request?.resolve(false);
      }}
    >
      {request && passwordless && (
        <Form onSubmit={() => undefined} label="Confirm it's you">
          <h2 id="reauth-title">Confirm it's you</h2>
          <p>
            {hasPasskeys
              ? 'This change needs a recent proof of your identity. Your account has no password: confirm with your passkey (or with a sign-in provider: you come back here afterwards; then do the change again).'
              : 'This change needs a recent proof of your identity. Your account has no password: confirm with your sign-in provider. You come back here afterwards; then do the change again.'}
          </p>
          {linked.providers === null ? (
            <Loading what="your sign-in providers" />
          ) : linked.providers.length === 0 && !hasPasskeys ? (
            <p class="error" role="alert" data-testid="reauth-error" data-code={linked.error ? 'ERROR' : 'NO_PROVIDER'}>
              {linked.error ?? 'No sign-in provider is linked to your account. Sign out and sign in again, then retry.'}
            </p>
          ) : null}
          {error && (
            <p class="error" role="alert" data-testid="reauth-error" data-code={error.code}>
              {error.text}
            </p>
          )}
          <div class="actions">
            {passkeyButton}
            {(linked.providers ?? []).map((p) => (
              <Button key={p.id} variant="primary" testid={`reauth-provider-${p.id}`} onClick={() => startProviderFlow(p, 'reauth')}>
                {`Confirm with ${p.name}`}
              </Button>
            ))}
            <button type="button" class="btn secondary" onClick={() => request.resolve(false)}>
              Cancel
            </button>
          </div>
        </Form>
      )}
      {request && !passwordless && (
        <Form onSubmit={() => void submit()} label="Confirm it's you">
          <h2 id="reauth-title">Confirm it's you</h2>
          <p>
            This change needs a recent proof of your identity.{' '}
            {hasPasskeys ? 'Confirm with your passkey, or enter' : 'Enter'} your password
            {needsCode ? (totp ? ' and a code from your authenticator app' : ' and one of your recovery codes') : ''} to continue.
          </p>
          {passkeyButton && <div class="actions">{passkeyButton}</div>}
          <Field label="Your password" type="password" value={password} onInput={setPassword} autoComplete="current-password" required autoFocus={!hasPasskeys} />
          {needsCode && (
            <CodeField
              label={totp ? 'Your authentication code' : 'A recovery code'}
              value={code}
              onInput={setCode}
              hint={totp ? undefined : 'One of the recovery codes you saved.'}
            />
          )}
          {error && (
            <p class="error" role="alert" data-testid="reauth-error" data-code={error.code}>
              {error.text}
            </p>
          )}
          <div class="actions">
            <Submit busy={busy}>Confirm</Submit>
            <button type="button" class="btn secondary" onClick={() => request.resolve(false)}>
              Cancel
            </button>
          </div>
        </Form>
      )}
    </dialog>
  );
}
