// Signed-out screens: sign in (with the second factor), sign up, forgotten password.
import { useEffect, useState } from 'preact/hooks';
import { challengeStore, setChallenge } from '../challenge';
import { client } from '../client';
import { useAction } from '../actions';
import { errorCode } from '../errors';
import { requestPasswordReset } from '../api';
import { clearNotice, notify } from '../notice';
import { href, navigate } from '../router';
import { useStore } from '../store';
import { CodeField, Field, Form, Page, Submit } from '../ui';
import { PasskeySecondFactor, PasskeySignInButton, usePasskeyAutofill, usePasskeysOffered } from './passkeys';
import { ProviderButtons } from './providers';

export function SignIn() {
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  // Shared with a sign-in through a provider, which can end at the second step too.
  const challenge = useStore(challengeStore);
  const dropChallenge = () => challengeStore.set(null);
  // Leaving the screen abandons the second step (as it did when it was this screen's own state).
  useEffect(() => () => challengeStore.set(null), []);
  const [code, setCode] = useState('');
  const action = useAction();

  // The client's session event already shows the signed-in screen (the one asked for, or the
  // quotes when this was /signin); only the "signed out" notice has to go.
  const finish = () => clearNotice();
  // Passkeys: the button, and the browser's autofill on the username field while no second
  // step shows.
  const passkeys = usePasskeysOffered();
  const autofill = usePasskeyAutofill(passkeys && !challenge, finish);

  const submitPassword = () =>
    action.run(async () => {
      const r = await client.signIn(login.trim(), password).catch((e: unknown) => {
        // The password was right, but the account may not sign in: an admin disabled it.
        if (errorCode(e) === 'FORBIDDEN') {
          throw Object.assign(new Error('This account is disabled. Contact an administrator.'), { code: 'FORBIDDEN' });
        }
        throw e;
      });
      if (r.kind === 'secondFactor') {
        setPassword('');
        setChallenge(r.mfaToken, r.expiresIn, r.methods);
        clearNotice();
        return;
      }
      finish();
    });

  const submitCode = () =>
    action.run(async () => {
      if (!challenge) return;
      if (Date.now() > challenge.expiresAt) {
        dropChallenge();
        setCode('');
        notify('error', 'The sign-in attempt expired. Please enter your password again.', {
          code: 'INVALID_TOKEN',
        });
        return;
      }
      try {
        await client.completeSecondFactor(challenge.mfaToken, code.trim());
      } catch (e) {
        // An expired or used challenge cannot be retried: back to the password step.
        if ((e as { code?: string }).code === 'INVALID_TOKEN') {
          dropChallenge();
          setCode('');
        }
        throw e;
      }
      dropChallenge();
      setCode('');
      finish();
    });

  if (challenge) {
    const passkey = challenge.methods.includes('PASSKEY');
    const totp = challenge.methods.includes('TOTP');
    // A code form whenever a code can meet the challenge (an account with a passkey only and
    // no recovery codes has none to enter).
    const codes = totp || challenge.methods.includes('RECOVERY_CODE');
    const startOver = () => {
      dropChallenge();
      setCode('');
    };
    return (
      <Page title="Two-factor authentication" narrow>
        {passkey && (
          <div data-testid="second-factor-passkey">
            <p>Confirm it's you with your passkey (your device's screen lock or your security key).</p>
            <div class="actions">
              <PasskeySecondFactor mfaToken={challenge.mfaToken} primary onDone={startOver} onExpired={startOver} />
            </div>
          </div>
        )}
        {codes && (
          <>
            <p>
              {totp
                ? `${passkey ? 'Or enter' : 'Enter'} the 6-digit code from your authenticator app. Lost your phone? Enter one of your recovery codes instead.`
                : 'Lost your passkey? Enter one of your recovery codes.'}
            </p>
            <Form onSubmit={submitCode} label="Second factor">
              <CodeField
                label={totp ? 'Authentication code' : 'Recovery code'}
                value={code}
                onInput={setCode}
                autoFocus={!passkey}
                hint={totp ? undefined : 'One of the recovery codes you saved.'}
              />
              <div class="actions">
                <Submit busy={action.busy}>Verify</Submit>
              </div>
            </Form>
          </>
        )}
        <div class="actions">
          <button type="button" class="btn link" onClick={startOver}>
            Start over
          </button>
        </div>
      </Page>
    );
  }

  return (
    <Page title="Sign in" narrow>
      <Form onSubmit={submitPassword} label="Sign in">
        <Field
          label="Username or email"
          value={login}
          onInput={setLogin}
          autoComplete={passkeys ? 'username webauthn' : 'username'}
          required
          autoFocus
        />
        <Field label="Password" type="password" value={password} onInput={setPassword} autoComplete="current-password" required />
        <div class="actions">
          <Submit busy={action.busy}>Sign in</Submit>
        </div>
      </Form>
      {passkeys && <PasskeySignInButton busy={action.busy} onStart={autofill.stop} onDone={finish} onFailed={autofill.restart} />}
      <ProviderButtons />
      <p class="links">
        <a href={href('/forgot-password')}>Forgot your password?</a>
        <a href={href('/signup')}>Create an account</a>
      </p>
    </Page>
  );
}

export function SignUp() {
  const [email, setEmail] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const action = useAction();

  const submit = () =>
    action.run(async () => {
      const me = await client.register({ email: email.trim(), username: username.trim(), password });
      notify('success', `Welcome, ${me.username}! We sent a link to ${me.email} to verify your address.`);
      navigate('/quotes');
    });

  return (
    <Page title="Create an account" narrow>
      <Form onSubmit={submit} label="Create an account">
        <Field label="Email" type="email" value={email} onInput={setEmail} autoComplete="email" required inputMode="email" autoFocus />
        <Field
          label="Username"
          value={username}
          onInput={setUsername}
          autoComplete="username"
          required
          minLength={3}
          maxLength={32}
          hint="3 to 32 letters, digits, '_', '.' or '-'."
        />
        <Field
          label="Password"
          type="password"
          value={password}
          onInput={setPassword}
          autoComplete="new-password"
          required
          minLength={8}
          hint="At least 8 characters; not a common password, nor your username or email."
        />
        <div class="actions">
          <Submit busy={action.busy}>Create account</Submit>
        </div>
      </Form>
      <p class="links">
        <a href={href('/signin')}>Already have an account? Sign in</a>
      </p>
    </Page>
  );
}

export function ForgotPassword() {
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const action = useAction();
  const submit = () =>
    action.run(async () => {
      await requestPasswordReset(email.trim());
      setSent(true);
    }, 'If an account uses that address, we sent it a link to choose a new password.');

  return (
    <Page title="Forgot your password?" narrow>
      <p>Enter your account's email address and we will send you a link to choose a new password.</p>
      <Form onSubmit={submit} label="Request a password reset">
        <Field label="Email" type="email" value={email} onInput={setEmail} autoComplete="email" required inputMode="email" autoFocus />
        <div class="actions">
          <Submit busy={action.busy}>Send reset link</Submit>
        </div>
      </Form>
      {sent && (
        <p class="ok" data-testid="reset-requested">
          Check your inbox. The link works once and expires after a while.
        </p>
      )}
      <p class="links">
        <a href={href('/signin')}>Back to sign in</a>
      </p>
    </Page>
  );
}
