// Two-factor authentication: enrol (QR code + secret), confirm, recovery codes, turn off.
import { useState } from 'preact/hooks';
import { useAction } from '../actions';
import { confirmTotp, disableTotp, enrollTotp, regenerateRecoveryCodes, type Me } from '../api';
import { navigate, href } from '../router';
import { reloadMe } from '../session';
import { Button, CodeField, Field, Form, Page, Section, Submit } from '../ui';

/** Recovery codes, shown once. */
export function RecoveryCodes(p: { codes: string[]; onDone: () => void }) {
  return (
    <Section title="Your recovery codes" testid="recovery-codes-panel">
      <p>
        Each code signs you in once if you lose your authenticator. <strong>Save them now</strong> (print them or keep them in a password
        manager): they are not shown again.
      </p>
      <ol class="codes" data-testid="recovery-codes">
        {p.codes.map((c) => (
          <li key={c}>
            <code data-testid="recovery-code">{c}</code>
          </li>
        ))}
      </ol>
      <div class="actions">
        <Button
          onClick={() => {
            void navigator.clipboard?.writeText(p.codes.join('\n')).catch(() => undefined);
          }}
        >
          Copy codes
        </Button>
        <Button variant="primary" onClick={p.onDone}>
          I have saved my recovery codes
        </Button>
      </div>
    </Section>
  );
}

export function Security(p: { user: Me }) {
  const [enrollment, setEnrollment] = useState<{ secret: string; qrCodeDataUrl: string; otpauthUrl: string } | null>(null);
  const [code, setCode] = useState('');
  const [codes, setCodes] = useState<string[] | null>(null);
  const start = useAction();
  const confirm = useAction();

  const begin = () =>
    start.run(async () => {
      setEnrollment(await enrollTotp());
      setCode('');
    });

  const finish = () =>
    confirm.run(async () => {
      const recovery = await confirmTotp(code.trim());
      setEnrollment(null);
      setCode('');
      setCodes(recovery);
      await reloadMe().catch(() => null);
    }, 'Two-factor authentication is on.');

  if (codes) {
    return (
      <Page title="Two-factor authentication">
        <RecoveryCodes codes={codes} onDone={() => setCodes(null)} />
      </Page>
    );
  }

  return (
    <Page title="Two-factor authentication">
      <p data-testid="totp-status" class="status-line">
        Two-factor authentication is{' '}
        {p.user.totpEnabled ? <span class="badge ok">On</span> : <span class="badge">Off</span>}
      </p>
      {p.user.totpEnabled ? (
        <Section title="Manage">
          <p>Signing in asks for a code from your authenticator app (or a recovery code) after your password or sign-in provider.</p>
          <ul class="link-list">
            <li>
              <a href={href('/security/recovery-codes')}>Generate new recovery codes</a>
            </li>
            <li>
              <a href={href('/security/disable')} class="danger-link">
                Turn off two-factor authentication
              </a>
            </li>
          </ul>
        </Section>
      ) : enrollment ? (
        <Section title="Set up your authenticator app" testid="totp-enrollment">
          <ol class="steps">
            <li>
              <p>Scan this QR code with an authenticator app (for example FreeOTP, Aegis, Google Authenticator or 1Password).</p>
              <img class="qr" src={enrollment.qrCodeDataUrl} alt="QR code for your authenticator app" width={200} height={200} data-testid="totp-qr" />
            </li>
            <li>
              <p>Or type this secret into the app:</p>
              <p>
                <code class="secret" data-testid="totp-secret">
                  {enrollment.secret}
                </code>
              </p>
            </li>
            <li>
              <p>Enter the 6-digit code the app shows now.</p>
              <Form onSubmit={finish} label="Confirm two-factor authentication">
                <Field
                  label="Code from your authenticator app"
                  value={code}
                  onInput={setCode}
                  autoComplete="one-time-code"
                  inputMode="numeric"
                  required
                  maxLength={10}
                  autoFocus
                />
                <div class="actions">
                  <Submit busy={confirm.busy}>Turn on two-factor authentication</Submit>
                  <Button onClick={() => setEnrollment(null)}>Cancel</Button>
                </div>
              </Form>
            </li>
          </ol>
        </Section>
      ) : (
        <Section title="Protect your account">
          <p>With two-factor authentication, signing in also needs a code from an app on your phone.</p>
          <div class="actions">
            <Button variant="primary" busy={start.busy} onClick={() => void begin()}>
              Set up two-factor authentication
            </Button>
          </div>
        </Section>
      )}
    </Page>
  );
}

export function RegenerateCodes() {
  const [code, setCode] = useState('');
  const [codes, setCodes] = useState<string[] | null>(null);
  const action = useAction();
  const submit = () =>
    action.run(async () => {
      setCodes(await regenerateRecoveryCodes(code.trim()));
      setCode('');
    }, 'New recovery codes generated; the old ones no longer work.', { retryAfterReauth: false });
  return (
    <Page title="New recovery codes" narrow>
      {codes ? (
        <RecoveryCodes codes={codes} onDone={() => navigate('/security')} />
      ) : (
        <>
          <p>New codes replace all your current recovery codes.</p>
          <Form onSubmit={submit} label="Generate new recovery codes">
            <CodeField label="Authentication code" value={code} onInput={setCode} hint="The 6-digit code from your authenticator app." autoFocus />
            <div class="actions">
              <Submit busy={action.busy}>Generate new recovery codes</Submit>
              <a class="btn secondary" href={href('/security')}>
                Cancel
              </a>
            </div>
          </Form>
        </>
      )}
    </Page>
  );
}

export function DisableTwoFactor(p: { user: Me }) {
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const action = useAction();
  // Without a password the server wants a recent authentication instead ("confirm it's you").
  const passwordless = !p.user.hasPassword;
  const submit = () =>
    action.run(async () => {
      await disableTotp(passwordless ? null : password, code.trim());
      await reloadMe().catch(() => null);
      navigate('/security');
    }, 'Two-factor authentication is off.');
  return (
    <Page title="Turn off two-factor authentication" narrow>
      <p>
        {passwordless
          ? "Signing in will ask for your sign-in provider only. Your account has no password: you may be asked to confirm it's you with your sign-in provider."
          : 'Signing in will ask for your password only.'}
      </p>
      <Form onSubmit={submit} label="Turn off two-factor authentication">
        {!passwordless && (
          <Field label="Password" type="password" value={password} onInput={setPassword} autoComplete="current-password" required autoFocus />
        )}
        <CodeField label="Authentication code" value={code} onInput={setCode} autoFocus={passwordless} />
        <div class="actions">
          <Submit busy={action.busy} variant="danger">
            Turn off two-factor authentication
          </Submit>
          <a class="btn secondary" href={href('/security')}>
            Cancel
          </a>
        </div>
      </Form>
    </Page>
  );
}
