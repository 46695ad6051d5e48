// "Confirm it's you": opened when the server answers REAUTHENTICATION_REQUIRED. Asks for the
// password (and a code when two-factor authentication is on), calls reauthenticate, and lets
// the waiting action run again.
import { useEffect, useRef, useState } from 'preact/hooks';
import { client } from './client';
import { reauthStore } from './actions';
import { describeError, errorCode } from './errors';
import { sessionStore } from './session';
import { useStore } from './store';
import { CodeField, Field, Form, Submit } from './ui';

export function ReauthDialog() {
  const request = useStore(reauthStore);
  const session = useStore(sessionStore);
  const dialog = useRef<HTMLDialogElement>(null);
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<{ text: string; code: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const needsCode = session.user?.totpEnabled ?? false;

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
      {request && (
        <Form onSubmit={() => void submit()} label="Confirm it's you">
          <h2 id="reauth-title">Confirm it's you</h2>
          <p>This change needs a recent proof of your identity. Enter your password{needsCode ? ' and a code from your authenticator app' : ''} to continue.</p>
          <Field label="Your password" type="password" value={password} onInput={setPassword} autoComplete="current-password" required autoFocus />
          {needsCode && <CodeField label="Your authentication code" value={code} onInput={setCode} />}
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
