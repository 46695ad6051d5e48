// The account: profile, email verification, change password, change email, delete account.
import { useState } from 'preact/hooks';
import { useAction } from '../actions';
import { changePassword, deleteAccount, requestEmailChange, requestEmailVerification, requestPasswordReset, type Me } from '../api';
import { notify } from '../notice';
import { href, navigate } from '../router';
import { leave } from '../session';
import { Field, Form, Page, Section, Submit, Button, formatDate } from '../ui';
import { PasskeysSection } from './passkeys';
import { ProviderIdentitiesSection } from './providers';

/** For an account made through a sign-in provider: the password can be set through the reset link. */
function SetPasswordByMail(p: { user: Me }) {
  const action = useAction();
  const [sent, setSent] = useState(false);
  return (
    <>
      <p data-testid="no-password">
        Your account has no password: you sign in with a sign-in provider. To set a password, we send a link to{' '}
        <strong>{p.user.email}</strong>.
      </p>
      {sent ? (
        <p class="ok" data-testid="reset-requested">
          Check your inbox: the link works once and expires after a while.
        </p>
      ) : (
        <div class="actions">
          <Button
            variant="primary"
            busy={action.busy}
            onClick={() =>
              void action.run(async () => {
                await requestPasswordReset(p.user.email);
                setSent(true);
              })
            }
          >
            Email me a link to set a password
          </Button>
        </div>
      )}
    </>
  );
}

export function Account(p: { user: Me }) {
  const u = p.user;
  const resend = useAction();
  return (
    <Page title="Account">
      <Section title="Profile">
        <dl class="facts">
          <dt>Username</dt>
          <dd data-testid="account-username">{u.username}</dd>
          <dt>Email</dt>
          <dd data-testid="account-email">{u.email}</dd>
          <dt>Email status</dt>
          <dd data-testid="email-status">
            {u.emailVerified ? <span class="badge ok">Verified</span> : <span class="badge warn">Not verified</span>}
          </dd>
          <dt>Role</dt>
          <dd data-testid="account-role">{u.role === 'ADMIN' ? 'Administrator' : 'User'}</dd>
          <dt>Password</dt>
          <dd data-testid="account-password">{u.hasPassword ? 'Set' : 'None (you sign in with a sign-in provider)'}</dd>
          <dt>Two-factor authentication</dt>
          <dd>{u.totpEnabled ? 'On' : 'Off'}</dd>
          <dt>Member since</dt>
          <dd>{formatDate(u.createdAt)}</dd>
        </dl>
        {!u.emailVerified && (
          <div class="actions">
            <Button
              busy={resend.busy}
              onClick={() =>
                void resend.run(
                  () => requestEmailVerification(),
                  `We sent a new verification link to ${u.email}.`,
                )
              }
            >
              Resend verification email
            </Button>
          </div>
        )}
      </Section>
      <ProviderIdentitiesSection user={u} />
      <PasskeysSection user={u} />
      <Section title="Manage">
        <ul class="link-list">
          <li>
            <a href={href('/account/password')}>{u.hasPassword ? 'Change password' : 'Set a password'}</a>
          </li>
          <li>
            <a href={href('/account/email')}>Change email</a>
          </li>
          <li>
            <a href={href('/security')}>Two-factor authentication</a>
          </li>
          <li>
            <a href={href('/sessions')}>Sessions</a>
          </li>
          <li>
            <a href={href('/activity')}>Security activity</a>
          </li>
          <li>
            <a href={href('/account/delete')} class="danger-link">
              Delete account
            </a>
          </li>
        </ul>
      </Section>
    </Page>
  );
}

export function ChangePassword(p: { user: Me }) {
  if (!p.user.hasPassword) {
    return (
      <Page title="Set a password" narrow>
        <SetPasswordByMail user={p.user} />
      </Page>
    );
  }
  return <ChangePasswordForm />;
}

function ChangePasswordForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const action = useAction();
  const submit = () => {
    if (next !== again) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    void action.run(async () => {
      await changePassword(current, next);
      setCurrent('');
      setNext('');
      setAgain('');
      navigate('/account');
    }, 'Password changed. Your other sessions were signed out.');
  };
  return (
    <Page title="Change password" narrow>
      <Form onSubmit={submit} label="Change password">
        <Field label="Current password" type="password" value={current} onInput={setCurrent} autoComplete="current-password" required autoFocus />
        <Field
          label="New password"
          type="password"
          value={next}
          onInput={setNext}
          autoComplete="new-password"
          required
          minLength={8}
          hint="At least 8 characters; not a common password, nor your username or email."
        />
        <Field label="Confirm new password" type="password" value={again} onInput={setAgain} autoComplete="new-password" required />
        {mismatch && (
          <p class="error" role="alert">
            The two new passwords differ.
          </p>
        )}
        <div class="actions">
          <Submit busy={action.busy}>Change password</Submit>
          <a class="btn secondary" href={href('/account')}>
            Cancel
          </a>
        </div>
      </Form>
    </Page>
  );
}

export function ChangeEmail(p: { user: Me }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const action = useAction();
  const passwordless = !p.user.hasPassword;
  const submit = () =>
    action.run(async () => {
      const to = email.trim();
      // Without a password the server wants a recent authentication instead ("confirm it's you").
      await requestEmailChange(to, passwordless ? null : password);
      setPassword('');
      setSentTo(to);
      return to;
    }, (to) => `We sent a confirmation link to ${to}. Your email changes when you open it.`);
  return (
    <Page title="Change email" narrow>
      <p>
        Your address is <strong>{p.user.email}</strong>. We will send a link to the new address; the change happens when you open it.
      </p>
      {passwordless && (
        <p class="muted small">
          Your account has no password: you may be asked to confirm it's you with your sign-in provider.
        </p>
      )}
      <Form onSubmit={submit} label="Change email">
        <Field label="New email" type="email" value={email} onInput={setEmail} autoComplete="email" inputMode="email" required autoFocus />
        {!passwordless && (
          <Field label="Current password" type="password" value={password} onInput={setPassword} autoComplete="current-password" required />
        )}
        <div class="actions">
          <Submit busy={action.busy}>Send confirmation link</Submit>
          <a class="btn secondary" href={href('/account')}>
            Cancel
          </a>
        </div>
      </Form>
      {sentTo && (
        <p class="ok" data-testid="email-change-requested">
          Check the inbox of {sentTo} for the confirmation link.
        </p>
      )}
    </Page>
  );
}

export function DeleteAccount(p: { user: Me }) {
  const [password, setPassword] = useState('');
  const [sure, setSure] = useState(false);
  const action = useAction();
  const passwordless = !p.user.hasPassword;
  const submit = () =>
    action.run(async () => {
      // The client ends the session when the server confirms the deletion. Without a password
      // the server wants a recent authentication instead ("confirm it's you").
      await leave(() => deleteAccount(passwordless ? null : password));
      notify('success', `The account ${p.user.username} and its quotes were deleted.`, { sticky: true });
      navigate('/signin');
    });
  return (
    <Page title="Delete account" narrow>
      <p class="warn-text">
        This deletes your account <strong>{p.user.username}</strong>, all your quotes and every session, for good. It cannot be undone.
      </p>
      <Form onSubmit={submit} label="Delete account">
        {passwordless ? (
          <p class="muted small">Your account has no password: you may be asked to confirm it's you with your sign-in provider.</p>
        ) : (
          <Field label="Password" type="password" value={password} onInput={setPassword} autoComplete="current-password" required autoFocus />
        )}
        <div class="field checkbox">
          <input id="delete-sure" type="checkbox" checked={sure} onChange={(e) => setSure(e.currentTarget.checked)} />
          <label for="delete-sure">I understand that this cannot be undone</label>
        </div>
        <div class="actions">
          <Submit busy={action.busy} variant="danger" disabled={!sure}>
            Delete my account
          </Submit>
          <a class="btn secondary" href={href('/account')}>
            Cancel
          </a>
        </div>
      </Form>
    </Page>
  );
}
