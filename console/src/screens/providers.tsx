// Sign-in providers on screen: the buttons of the sign-in screen, the screens a provider's answer
// calls for (link to an existing account, give an email address, the code to confirm it's you),
// and the account's "Sign-in providers" section (linked provider accounts, link, unlink).
import { useEffect, useState } from 'preact/hooks';
import { useAction, useLoad } from '../actions';
import { fetchIdentities, fetchProviders, unlinkProvider, type Me, type ProviderIdentity, type SignInProvider } from '../api';
import { client } from '../client';
import { errorCode } from '../errors';
import { notify } from '../notice';
import {
  clearProviderStep,
  providerStepStore,
  reauthenticated,
  startProviderFlow,
  type ProviderStep,
} from '../providers';
import { href, leaveLinkPage } from '../router';
import { sessionStore } from '../session';
import { useStore } from '../store';
import { Button, CodeField, Field, Form, Loading, Page, Section, Submit, formatDate } from '../ui';

/** The configured providers; [] while loading or when the list cannot be had (the buttons just do not show). */
export function useProviders(): SignInProvider[] {
  const [providers, setProviders] = useState<SignInProvider[]>([]);
  useEffect(() => {
    let live = true;
    fetchProviders().then(
      (list) => {
        if (live) setProviders(list);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return providers;
}

/** "Sign in with <name>" buttons (the sign-in screen). */
export function ProviderButtons() {
  const providers = useProviders();
  if (providers.length === 0) return null;
  return (
    <div class="providers" role="group" aria-label="Sign in with a provider" data-testid="provider-buttons">
      <p class="or muted small">or</p>
      {providers.map((p) => (
        <Button key={p.id} testid={`provider-${p.id}`} onClick={() => startProviderFlow(p, 'signIn')}>
          {`Sign in with ${p.name}`}
        </Button>
      ))}
      <p class="hint">No account yet? Signing in with a provider makes one for you.</p>
    </div>
  );
}

/** Where to go after a step signed the user in. */
function afterSignIn(returnTo: string): void {
  clearProviderStep();
  if (window.location.pathname !== '/') {
    // On an email-link page (/confirm-sign-up): switch to the console without a reload.
    leaveLinkPage('/quotes');
    return;
  }
  const path = returnTo.replace(/^#/, '').split('?')[0] || '/';
  if (['/', '/signin', '/signup', '/forgot-password'].includes(path)) window.location.replace(href('/quotes'));
}

function LinkRequiredScreen(p: { step: Extract<ProviderStep, { step: 'link' }> }) {
  const s = p.step;
  const session = useStore(sessionStore);
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [needsCode, setNeedsCode] = useState(false);
  const action = useAction();
  const signedInAsOwner = session.status === 'signedIn' && session.user?.email.toLowerCase() === s.email.toLowerCase();

  const linked = (username: string) => {
    notify('success', `${s.providerName} is linked to your account ${username}: you can sign in with it from now on.`, { sticky: true });
    afterSignIn(s.returnTo);
  };

  const submit = () =>
    action.run(async () => {
      try {
        const user = await client.confirmProviderLink(s.linkToken, password, needsCode ? code.trim() : null);
        setPassword('');
        setCode('');
        linked(user.username);
      } catch (e) {
        // The account has two-factor authentication on: the code is needed too.
        if (errorCode(e) === 'BAD_USER_INPUT' && (e as { field?: string }).field === 'code' && !needsCode) {
          setNeedsCode(true);
          throw Object.assign(new Error('This account has two-factor authentication on: enter a code from your authenticator app too.'), {
            code: 'CODE_REQUIRED',
          });
        }
        throw e;
      }
    });

  const linkSignedIn = () =>
    action.run(async () => {
      const user = await client.confirmProviderLink(s.linkToken, null);
      linked(user.username);
    });

  return (
    <Page title={`Link ${s.providerName} to your account`} narrow>
      <div data-testid="provider-link-required">
        <p>
          There is already an account with the address <strong data-testid="link-email">{s.email}</strong>. {s.providerName} says this
          address is yours, but to keep that account safe we link {s.providerName} to it only once you prove the account is yours.
        </p>
        <p>Enter the account's password{needsCode ? ' and a code from your authenticator app' : ''}. From then on, you can sign in with {s.providerName} too.</p>
      </div>
      {signedInAsOwner && (
        <div class="actions">
          <Button variant="primary" busy={action.busy} onClick={() => void linkSignedIn()}>
            {`Link to my account (${session.user?.username ?? ''})`}
          </Button>
        </div>
      )}
      <Form onSubmit={submit} label={`Link ${s.providerName}`}>
        <Field label="Password" type="password" value={password} onInput={setPassword} autoComplete="current-password" required autoFocus />
        {needsCode && <CodeField label="Authentication code" value={code} onInput={setCode} autoFocus />}
        <div class="actions">
          <Submit busy={action.busy}>{`Link ${s.providerName} and sign in`}</Submit>
          <a class="btn secondary" href={href('/signin')} onClick={clearProviderStep}>
            Cancel
          </a>
        </div>
      </Form>
      <p class="hint">
        Made that account with another sign-in provider, so it has no password? Sign in with that provider, then link {s.providerName} on
        your Account page. Forgot the password? <a href={href('/forgot-password')} onClick={clearProviderStep}>Reset it</a>.
      </p>
    </Page>
  );
}

function EmailRequiredScreen(p: { step: Extract<ProviderStep, { step: 'email' }> }) {
  const s = p.step;
  const [email, setEmail] = useState(s.email ?? '');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const action = useAction();
  const submit = () =>
    action.run(async () => {
      const to = email.trim();
      await client.requestProviderSignUp(s.signUpToken, to);
      setSentTo(to);
    });
  return (
    <Page title={`Sign up with ${s.providerName}`} narrow>
      {sentTo ? (
        <div class="done" data-testid="provider-sign-up-requested">
          <p class="ok">
            Check your mail: we sent a link to <strong>{sentTo}</strong>. Open it to finish signing up (it works for 24 hours).
          </p>
          <p>
            <a href={href('/signin')} onClick={clearProviderStep}>
              Back to sign in
            </a>
          </p>
        </div>
      ) : (
        <>
          <p>
            {s.providerName} did not give us a verified email address. Enter yours: we send a link to it, and your account is made when you open
            that link.
          </p>
          <Form onSubmit={submit} label="Your email address">
            <Field label="Email" type="email" value={email} onInput={setEmail} autoComplete="email" inputMode="email" required autoFocus />
            <div class="actions">
              <Submit busy={action.busy}>Send the link</Submit>
              <a class="btn secondary" href={href('/signin')} onClick={clearProviderStep}>
                Cancel
              </a>
            </div>
          </Form>
        </>
      )}
    </Page>
  );
}

function ReauthCodeScreen(p: { step: Extract<ProviderStep, { step: 'reauthCode' }> }) {
  const s = p.step;
  const [code, setCode] = useState('');
  const action = useAction();
  const submit = () =>
    action.run(async () => {
      try {
        await client.reauthenticateWithProvider(s.providerCode, code.trim());
      } catch (e) {
        // The provider's code is spent (a wrong code spends it too) or expired: this cannot be
        // retried here, only from the start.
        const code = errorCode(e);
        if (code === 'INVALID_TOKEN' || code === 'INVALID_MFA_CODE') {
          clearProviderStep();
          notify(
            'error',
            `${code === 'INVALID_MFA_CODE' ? 'That code is wrong or was already used.' : 'This confirmation took too long.'} Nothing was changed: do it again and confirm with ${s.providerName} once more.`,
            { code },
          );
          return;
        }
        throw e;
      }
      reauthenticated(s.providerName, s.returnTo);
    });
  return (
    <Page title="Confirm it's you" narrow>
      <p>{s.providerName} confirmed your account. Two-factor authentication is on: enter a code from your authenticator app to finish.</p>
      <Form onSubmit={submit} label="Finish confirming it's you">
        <CodeField label="Authentication code" value={code} onInput={setCode} autoFocus />
        <div class="actions">
          <Submit busy={action.busy}>Confirm</Submit>
          <Button onClick={clearProviderStep}>Cancel</Button>
        </div>
      </Form>
    </Page>
  );
}

/** The screen for the current provider step (shown instead of the route's screen). */
export function ProviderStepScreen(p: { step: ProviderStep }) {
  const s = p.step;
  switch (s.step) {
    case 'working':
      return (
        <Page title={s.title} narrow>
          <Loading what="" />
        </Page>
      );
    case 'link':
      return <LinkRequiredScreen step={s} />;
    case 'email':
      return <EmailRequiredScreen step={s} />;
    case 'reauthCode':
      return <ReauthCodeScreen step={s} />;
  }
}

/** The one place App reads the step from. */
export function useProviderStep(): ProviderStep | null {
  return useStore(providerStepStore);
}

function IdentityRow(p: { identity: ProviderIdentity; onUnlink: (i: ProviderIdentity) => void; busy: boolean }) {
  const i = p.identity;
  const account = [i.email, i.login && i.login !== i.email ? i.login : null].filter(Boolean).join(' · ');
  return (
    <li class="row" data-testid="identity-row" data-provider={i.provider}>
      <div class="row-main">
        <p class="row-title">
          <span data-testid="identity-provider">{i.providerName}</span>
          {' · '}
          <span data-testid="identity-account">{account || '—'}</span>
        </p>
        <p class="muted small">
          <span data-testid="identity-linked">Linked {formatDate(i.linkedAt)}</span> ·{' '}
          <span data-testid="identity-last-used">{i.lastUsedAt ? `Last used ${formatDate(i.lastUsedAt)}` : 'Not used yet'}</span>
        </p>
      </div>
      <Button variant="danger-quiet" busy={p.busy} label={`Unlink ${i.providerName}`} onClick={() => p.onUnlink(i)}>
        Unlink
      </Button>
    </li>
  );
}

/** The account's "Sign-in providers" section. */
export function ProviderIdentitiesSection(p: { user: Me }) {
  const providers = useProviders();
  const identities = useLoad(fetchIdentities, [p.user.id]);
  const unlink = useAction();
  const linked = identities.data ?? [];
  const unlinked = providers.filter((pr) => !linked.some((i) => i.provider === pr.id));
  if (providers.length === 0 && linked.length === 0) return null;

  const doUnlink = (i: ProviderIdentity) =>
    void unlink.run(async () => {
      try {
        identities.setData(await unlinkProvider(i.provider));
      } catch (e) {
        if (errorCode(e) === 'FORBIDDEN') {
          // The server says why (the last way in); an older server only says "not allowed".
          const server = e instanceof Error ? e.message : '';
          const specific = server && !/not allowed/i.test(server);
          throw Object.assign(
            new Error(
              specific
                ? server
                : `${i.providerName} is the only way to sign in to your account: set a password or link another provider first.`,
            ),
            { code: 'FORBIDDEN' },
          );
        }
        throw e;
      }
    }, `${i.providerName} is unlinked: you can no longer sign in with it.`);

  return (
    <Section title="Sign-in providers" testid="provider-identities">
      {identities.loading && !identities.data ? (
        <Loading what="your sign-in providers" />
      ) : linked.length === 0 ? (
        <p data-testid="identity-empty">No sign-in provider is linked to your account.</p>
      ) : (
        <ul class="rows" data-testid="identity-list">
          {linked.map((i) => (
            <IdentityRow key={i.provider} identity={i} onUnlink={doUnlink} busy={unlink.busy} />
          ))}
        </ul>
      )}
      {unlinked.length > 0 && (
        <>
          <p class="muted small">Link a provider to sign in with it too.</p>
          <div class="actions">
            {unlinked.map((pr) => (
              <Button key={pr.id} testid={`link-provider-${pr.id}`} onClick={() => startProviderFlow(pr, 'link', '#/account')}>
                {`Link ${pr.name}`}
              </Button>
            ))}
          </div>
        </>
      )}
    </Section>
  );
}
