// The frame (header, navigation, notice region) and the route table.
import { useEffect, useRef } from 'preact/hooks';
import { clearNotice, clearNoticeOnNavigate, noticeStore } from './notice';
import { clearProviderStep } from './providers';
import { ReauthDialog } from './reauth';
import { currentRoute, href, navigate, useRoute, type Route } from './router';
import { sessionStore, signOut, type SessionView } from './session';
import { useStore } from './store';
import { Loading, Page } from './ui';
import type { Me } from './api';
import { ForgotPassword, SignIn, SignUp } from './screens/auth';
import { LinkPageScreen } from './screens/links';
import { ProviderStepScreen, useProviderStep } from './screens/providers';
import { Quotes } from './screens/quotes';
import { Account, ChangeEmail, ChangePassword, DeleteAccount } from './screens/account';
import { DisableTwoFactor, RegenerateCodes, Security } from './screens/security';
import { Sessions } from './screens/sessions';
import { Activity } from './screens/activity';
import { AdminOverview, AdminUserPage, AdminUsers } from './screens/admin';

const PUBLIC_PATHS = new Set(['/signin', '/signup', '/forgot-password']);

function NoticeRegion() {
  const notice = useStore(noticeStore);
  const region = useRef<HTMLDivElement>(null);
  // An error must be seen: bring the region into view when it is scrolled away.
  useEffect(() => {
    const el = region.current;
    if (notice && notice.kind !== 'success' && el && el.getBoundingClientRect().top < 0) {
      el.scrollIntoView({ block: 'start' });
    }
  }, [notice?.seq]);
  // The live region itself is always in the page (a region that appears together with its
  // text is not reliably announced); only its content comes and goes.
  return (
    <div class="notice-region" ref={region}>
      <div
        class="notice-live"
        data-testid="notice"
        data-kind={notice?.kind}
        data-code={notice?.code}
        role="status"
        aria-live="polite"
        aria-atomic="true"
      >
        {notice && (
          <div class={`notice ${notice.kind}`} key={notice.seq}>
            <p>{notice.text}</p>
            {/* The "×" is drawn by CSS, so that the notice's text is only the message. */}
            <button type="button" class="btn link close" onClick={clearNotice} aria-label="Dismiss notice" title="Dismiss" />
          </div>
        )}
      </div>
    </div>
  );
}

function Nav(p: { user: Me; path: string }) {
  const link = (to: string, label: string) => {
    const current = p.path === to || (to !== '/admin' && p.path.startsWith(`${to}/`));
    return (
      <li>
        <a href={href(to)} aria-current={current ? 'page' : undefined}>
          {label}
        </a>
      </li>
    );
  };
  return (
    <nav class="nav" aria-label="Main">
      <ul>
        {link('/quotes', 'Quotes')}
        {link('/account', 'Account')}
        {link('/security', 'Two-factor')}
        {link('/sessions', 'Sessions')}
        {link('/activity', 'Activity')}
        {p.user.role === 'ADMIN' && link('/admin', 'Overview')}
        {p.user.role === 'ADMIN' && link('/admin/users', 'Users')}
      </ul>
    </nav>
  );
}

function Header(p: { session: SessionView; path: string }) {
  const user = p.session.user;
  return (
    <header class="top">
      <div class="top-row">
        <a class="brand" href={href(user ? '/quotes' : '/signin')}>
          Portcullis
        </a>
        {user && (
          <div class="who">
            <span class="muted small">Signed in as</span>{' '}
            <strong data-testid="signed-in-user">{user.username}</strong>
            {user.role === 'ADMIN' && <span class="badge info">Admin</span>}
            <button type="button" class="btn secondary small" onClick={() => void signOut().then(() => navigate('/signin'))}>
              Sign out
            </button>
          </div>
        )}
      </div>
      {user && <Nav user={user} path={p.path} />}
    </header>
  );
}

function NotFound() {
  return (
    <Page title="Page not found">
      <p>There is no such screen.</p>
      <p>
        <a href={href('/quotes')}>Go to your quotes</a>
      </p>
    </Page>
  );
}

function Forbidden() {
  return (
    <Page title="Administrators only">
      <p data-testid="admin-only">This screen is for administrators.</p>
    </Page>
  );
}

function SignedInScreen(p: { route: Route; user: Me }) {
  const { path, segments } = p.route;
  const u = p.user;
  if (segments[0] === 'admin') {
    if (u.role !== 'ADMIN') return <Forbidden />;
    if (segments.length === 1) return <AdminOverview />;
    if (segments[1] === 'users' && segments.length === 2) return <AdminUsers />;
    if (segments[1] === 'users' && segments.length === 3)
      return <AdminUserPage key={segments[2]} id={segments[2] ?? ''} me={u} />;
    return <NotFound />;
  }
  switch (path) {
    case '/':
    case '/quotes':
      return <Quotes />;
    case '/account':
      return <Account user={u} />;
    case '/account/password':
      return <ChangePassword user={u} />;
    case '/account/email':
      return <ChangeEmail user={u} />;
    case '/account/delete':
      return <DeleteAccount user={u} />;
    case '/security':
      return <Security user={u} />;
    case '/security/recovery-codes':
      return <RegenerateCodes />;
    case '/security/disable':
      return <DisableTwoFactor user={u} />;
    case '/sessions':
      return <Sessions />;
    case '/activity':
      return <Activity userId={u.id} />;
    default:
      return <NotFound />;
  }
}

function Screen(p: { route: Route; session: SessionView }) {
  const { route, session } = p;
  // A provider's answer asked for a step of its own (link to an account, an email address…).
  const step = useProviderStep();
  if (step) return <ProviderStepScreen step={step} />;
  if (route.linkPage) return <LinkPageScreen page={route.linkPage} token={route.query.get('token')} />;
  if (session.status === 'loading') return <Loading what="your session" />;
  if (session.status === 'signedIn' && session.user) {
    if (PUBLIC_PATHS.has(route.path)) return <SignedInScreen route={{ ...route, path: '/quotes', segments: ['quotes'] }} user={session.user} />;
    return <SignedInScreen route={route} user={session.user} />;
  }
  switch (route.path) {
    case '/signup':
      return <SignUp />;
    case '/forgot-password':
      return <ForgotPassword />;
    default:
      // Any other screen needs a session: sign in, then go there.
      return <SignIn />;
  }
}

export function App() {
  const route = useRoute();
  const session = useStore(sessionStore);

  // A new screen: forget the last notice (unless it must be seen on the next one) and any step
  // a provider's answer asked for (the user went elsewhere).
  const firstRoute = useRef(true);
  useEffect(() => {
    clearNoticeOnNavigate();
    if (firstRoute.current) firstRoute.current = false;
    else clearProviderStep();
  }, [route.path, route.linkPage]);

  // Signed in on a signed-out path: show the canonical address. Only if the address is still
  // that path when this runs (after the render): a link followed right after signing in wins.
  useEffect(() => {
    if (session.status !== 'signedIn' || !PUBLIC_PATHS.has(route.path) || route.linkPage) return;
    const now = currentRoute();
    if (now.path === route.path && !now.linkPage) window.location.replace(href('/quotes'));
  }, [session.status, route.path, route.linkPage]);

  return (
    <>
      <a class="skip" href="#main" onClick={(e) => {
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        Skip to content
      </a>
      <Header session={session} path={route.path} />
      <NoticeRegion />
      <main id="main" tabIndex={-1}>
        <Screen route={route} session={session} />
      </main>
      <footer class="foot muted small">
        <span>Portcullis console</span> · <a href="/graphql">GraphiQL</a>
      </footer>
      <ReauthDialog />
    </>
  );
}
