// The pages that email links open: /verify-email, /reset-password, /confirm-email-change,
// /confirm-sign-up. Each acts only when the user presses its button (mail scanners open links too).
import { useState } from 'preact/hooks';
import { useAction } from '../actions';
import { confirmEmailChange, resetPassword, verifyEmail } from '../api';
import { setChallenge } from '../challenge';
import { client } from '../client';
import { applySignInResult, providerName } from '../providers';
import { leaveLinkPage, type LinkPage } from '../router';
import { reloadMe, sessionStore } from '../session';
import { Field, Form, Page, Submit } from '../ui';

function Done(p: { children: string; testid: string }) {
  const signedIn = sessionStore.get().status === 'signedIn';
  return (
    <div class="done" data-testid={p.testid}>
      <p class="ok">{p.children}</p>
      <p>
        <a class="btn primary" href={signedIn ? '/#/account' : '/#/signin'}>
          {signedIn ? 'Go to your account' : 'Go to sign in'}
        </a>
      </p>
    </div>
  );
}

function MissingToken() {
  return (
    <>
      <p class="error" data-testid="missing-token">
        This link is incomplete: it has no token. Open the link from the email again, or copy the whole address.
      </p>
      <p>
        <a href="/#/signin">Go to sign in</a>
      </p>
    </>
  );
}

function VerifyEmail(p: { token: string }) {
  const [done, setDone] = useState(false);
  const action = useAction();
  const submit = () =>
    action.run(async () => {
      await verifyEmail(p.token);
      setDone(true);
      if (sessionStore.get().status === 'signedIn') await reloadMe().catch(() => null);
    }, 'Your email address is verified.');
  return (
    <Page title="Verify your email" narrow>
      {done ? (
        <Done testid="email-verified">Thank you: your email address is verified.</Done>
      ) : (
        <Form onSubmit={submit} label="Verify your email">
          <p>Press the button to confirm that this email address is yours.</p>
          <div class="actions">
            <Submit busy={action.busy}>Verify email</Submit>
          </div>
        </Form>
      )}
    </Page>
  );
}

function ResetPassword(p: { token: string }) {
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState(false);
  const action = useAction();
  const submit = () => {
    if (password !== again) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    void action.run(async () => {
      await resetPassword(p.token, password);
      setDone(true);
    }, 'Your password was changed. Every session was signed out: sign in with the new password.');
  };
  return (
    <Page title="Choose a new password" narrow>
      {done ? (
        <Done testid="password-reset">Your password was changed. Sign in with your new password.</Done>
      ) : (
        <Form onSubmit={submit} label="Choose a new password">
          <Field
            label="New password"
            type="password"
            value={password}
            onInput={setPassword}
            autoComplete="new-password"
            required
            minLength={8}
            hint="At least 8 characters; not a common password, nor your username or email."
            autoFocus
          />
          <Field label="Confirm new password" type="password" value={again} onInput={setAgain} autoComplete="new-password" required />
          {mismatch && (
            <p class="error" role="alert">
              The two passwords differ.
            </p>
          )}
          <div class="actions">
            <Submit busy={action.busy}>Set new password</Submit>
          </div>
        </Form>
      )}
    </Page>
  );
}

function ConfirmEmailChange(p: { token: string }) {
  const [done, setDone] = useState<string | null>(null);
  const action = useAction();
  const submit = () =>
    action.run(async () => {
      const user = await confirmEmailChange(p.token);
      setDone(user.email);
      if (sessionStore.get().status === 'signedIn') await reloadMe().catch(() => null);
    }, 'Your email address was changed.');
  return (
    <Page title="Confirm your new email" narrow>
      {done ? (
        <Done testid="email-changed">{`Your email address is now ${done}.`}</Done>
      ) : (
        <Form onSubmit={submit} label="Confirm your new email">
          <p>Press the button to make this address your account's email.</p>
          <div class="actions">
            <Submit busy={action.busy}>Confirm email change</Submit>
          </div>
        </Form>
      )}
    </Page>
  );
}

/** The link of a sign-up through a provider whose address was not verified (requestProviderSignUp). */
function ConfirmSignUp(p: { token: string }) {
  const [done, setDone] = useState<string | null>(null);
  const action = useAction();
  const submit = () =>
    action.run(async () => {
      const r = await client.confirmProviderSignUp(p.token);
      if (r.kind === 'signedIn') {
        setDone(r.user.username);
        return;
      }
      if (r.kind === 'secondFactor') {
        // That provider account was linked meanwhile to an account with two-factor sign-in.
        setChallenge(r.mfaToken, r.expiresIn, r.methods);
        leaveLinkPage('/signin');
        return;
      }
      applySignInResult(r, await providerName(r.provider), '#/quotes');
    });
  return (
    <Page title="Finish signing up" narrow>
      {done ? (
        <Done testid="sign-up-confirmed">{`Welcome, ${done}: your email address is confirmed, your account is ready and you are signed in.`}</Done>
      ) : (
        <Form onSubmit={submit} label="Finish signing up">
          <p>Press the button to confirm this email address and finish signing up with your sign-in provider.</p>
          <div class="actions">
            <Submit busy={action.busy}>Finish signing up</Submit>
          </div>
        </Form>
      )}
    </Page>
  );
}

export function LinkPageScreen(p: { page: LinkPage; token: string | null }) {
  if (!p.token) {
    const title =
      p.page === '/verify-email' ? 'Verify your email'
      : p.page === '/reset-password' ? 'Choose a new password'
      : p.page === '/confirm-sign-up' ? 'Finish signing up'
      : 'Confirm your new email';
    return (
      <Page title={title} narrow>
        <MissingToken />
      </Page>
    );
  }
  switch (p.page) {
    case '/verify-email':
      return <VerifyEmail token={p.token} />;
    case '/reset-password':
      return <ResetPassword token={p.token} />;
    case '/confirm-email-change':
      return <ConfirmEmailChange token={p.token} />;
    case '/confirm-sign-up':
      return <ConfirmSignUp token={p.token} />;
  }
}
