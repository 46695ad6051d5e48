// Administration (role ADMIN): overview chart, user directory, one user's page.
import { useState } from 'preact/hooks';
import { useAction, useLoad } from '../actions';
import {
  adminResetPassword,
  adminResetTwoFactor,
  fetchSignInActivity,
  fetchUser,
  fetchUserEvents,
  fetchUsers,
  setUserDisabled,
  setUserRole,
  type AdminUser,
  type Me,
  type Role,
} from '../api';
import { href } from '../router';
import { reloadMe } from '../session';
import { Button, Field, Form, Loading, Page, Pager, Section, Submit, formatDate } from '../ui';
import { SignInChart } from './chart';
import { EventList } from './events';

export const USERS_PAGE_SIZE = 20;
export const ACTIVITY_DAYS = 30;

export function AdminOverview() {
  const activity = useLoad(() => fetchSignInActivity(ACTIVITY_DAYS), []);
  return (
    <Page title="Overview">
      <Section title={`Sign-ins, last ${ACTIVITY_DAYS} days`}>
        {!activity.data && activity.loading && <Loading what="sign-in activity" />}
        {activity.data && <SignInChart data={activity.data} />}
        {activity.failed && !activity.data && (
          <p class="error" data-testid="chart-error">
            The sign-in activity could not be loaded.
          </p>
        )}
      </Section>
      <p>
        <a href={href('/admin/users')}>Manage users →</a>
      </p>
    </Page>
  );
}

export function userHref(u: Pick<AdminUser, 'id' | 'email'>): string {
  return href(`/admin/users/${encodeURIComponent(u.id)}`);
}

function Badges(p: { user: AdminUser }) {
  const u = p.user;
  return (
    <span class="badges">
      {u.role === 'ADMIN' && <span class="badge info">Admin</span>}
      {u.disabled && (
        <span class="badge bad" data-testid="user-disabled">
          Disabled
        </span>
      )}
      {u.totpEnabled && <span class="badge ok">2FA</span>}
      {!u.emailVerified && <span class="badge warn">Unverified</span>}
    </span>
  );
}

export function AdminUsers() {
  const [search, setSearch] = useState('');
  const [applied, setApplied] = useState('');
  const [stack, setStack] = useState<(string | null)[]>([null]);
  const after = stack[stack.length - 1] ?? null;
  const depth = stack.length;
  const list = useLoad(
    async () => ({ ...(await fetchUsers(USERS_PAGE_SIZE, after, applied || null)), page: depth, search: applied }),
    [after, depth, applied],
  );
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.totalCount / USERS_PAGE_SIZE)) : 1;
  const submit = () => {
    setApplied(search.trim());
    setStack([null]);
  };
  return (
    <Page title="Users">
      <Form onSubmit={submit} role="search" label="Search users">
        <div class="inline-fields">
          <Field label="Search users" type="search" value={search} onInput={setSearch} hint="Part of a username or an email address." />
        </div>
        <div class="actions">
          <Submit variant="secondary">Search</Submit>
          {applied && (
            <Button
              onClick={() => {
                setSearch('');
                setApplied('');
                setStack([null]);
              }}
            >
              Show all
            </Button>
          )}
        </div>
      </Form>
      {!data && list.loading && <Loading what="users" />}
      {data && (
        <>
          <p class="muted" data-testid="user-count" aria-live="polite">
            {data.totalCount === 0
              ? 'No accounts match.'
              : `${data.totalCount} account${data.totalCount === 1 ? '' : 's'}${data.search ? ' match' : ''} · page ${data.page} of ${pages}`}
          </p>
          <ul class="rows" data-testid="user-list" aria-busy={list.loading ? 'true' : undefined}>
            {data.nodes.map((u) => (
              <li key={u.id} class="row user" data-testid="user-row" data-username={u.username}>
                <div class="row-main">
                  <p class="row-title">
                    <a href={userHref(u)} data-testid="user-link">
                      {u.username}
                    </a>{' '}
                    <Badges user={u} />
                  </p>
                  <p class="muted small">
                    <span data-testid="user-email">{u.email}</span> · joined {formatDate(u.createdAt)}
                  </p>
                </div>
                <div class="actions">
                  <a class="btn secondary" href={userHref(u)} aria-label={`Manage ${u.username}`}>
                    Manage
                  </a>
                </div>
              </li>
            ))}
          </ul>
          <Pager
            label="User pages"
            busy={list.loading}
            hasPrevious={data.page > 1}
            hasNext={data.pageInfo.hasNextPage}
            onPrevious={() => setStack(stack.slice(0, data.page - 1))}
            onNext={() => {
              if (data.pageInfo.endCursor) setStack([...stack.slice(0, data.page), data.pageInfo.endCursor]);
            }}
          />
        </>
      )}
    </Page>
  );
}

export function AdminUserPage(p: { id: string; me: Me }) {
  const found = useLoad(() => fetchUser(p.id), [p.id]);
  const [user, setUser] = useState<AdminUser | null>(null);
  // Bumped after each change, so that the events list shows the change's event.
  const [version, setVersion] = useState(0);
  const [role, setRole] = useState<Role | ''>('');
  const [newPassword, setNewPassword] = useState('');
  const roleAction = useAction();
  const disableAction = useAction();
  const passwordAction = useAction();
  const twoFactorAction = useAction();

  const loaded = found.data ?? null;
  const u = user && loaded && user.id === loaded.id ? user : loaded;

  if (!found.data) {
    if (found.loading) return <Page title="User"><Loading what="user" /></Page>;
    return (
      <Page title="User not found">
        <p data-testid="user-not-found">No account has this id. It may have been deleted.</p>
        <p>
          <a href={href('/admin/users')}>Back to users</a>
        </p>
      </Page>
    );
  }
  if (!u) return null;
  const updated = async (next: AdminUser) => {
    setUser(next);
    setRole('');
    setVersion((v) => v + 1);
    if (next.id === p.me.id) await reloadMe().catch(() => null);
  };
  const self = u.id === p.me.id;
  const currentRole = role || u.role;

  return (
    <Page title={u.username}>
      <p>
        <a href={href('/admin/users')}>← All users</a>
      </p>
      <Section title="Account" testid="admin-user">
        <dl class="facts">
          <dt>Username</dt>
          <dd data-testid="admin-user-username">{u.username}</dd>
          <dt>Email</dt>
          <dd data-testid="admin-user-email">
            {u.email} {u.emailVerified ? <span class="badge ok">Verified</span> : <span class="badge warn">Not verified</span>}
          </dd>
          <dt>Role</dt>
          <dd data-testid="admin-user-role">{u.role === 'ADMIN' ? 'Administrator' : 'User'}</dd>
          <dt>Status</dt>
          <dd data-testid="admin-user-status">{u.disabled ? <span class="badge bad">Disabled</span> : <span class="badge ok">Active</span>}</dd>
          <dt>Two-factor authentication</dt>
          <dd data-testid="admin-user-2fa">{u.totpEnabled ? 'On' : 'Off'}</dd>
          <dt>Passkeys</dt>
          <dd data-testid="admin-user-passkeys">{u.passkeyCount}</dd>
          <dt>Joined</dt>
          <dd>{formatDate(u.createdAt)}</dd>
        </dl>
      </Section>

      <Section title="Change role">
        <Form
          onSubmit={() =>
            void roleAction.run(async () => {
              await updated(await setUserRole(u.id, currentRole));
            }, `${u.username} is now ${currentRole === 'ADMIN' ? 'an administrator' : 'a user'}.`)
          }
          label="Change role"
        >
          <div class="field">
            <label for="role-select">Role</label>
            <select id="role-select" value={currentRole} onChange={(e) => setRole(e.currentTarget.value as Role)}>
              <option value="USER">User</option>
              <option value="ADMIN">Administrator</option>
            </select>
          </div>
          <div class="actions">
            <Submit busy={roleAction.busy} variant="secondary" disabled={currentRole === u.role}>
              Save role
            </Submit>
          </div>
        </Form>
      </Section>

      <Section title="Access">
        <p>
          {u.disabled
            ? 'This account is disabled: it cannot sign in, and its sessions were ended.'
            : 'Disabling an account ends its sessions at once and blocks sign-in until it is enabled again.'}
        </p>
        <div class="actions">
          <Button
            variant={u.disabled ? 'primary' : 'danger'}
            busy={disableAction.busy}
            disabled={self && !u.disabled}
            onClick={() =>
              void disableAction.run(async () => {
                await updated(await setUserDisabled(u.id, !u.disabled));
              }, u.disabled ? `${u.username} is enabled again.` : `${u.username} is disabled and signed out everywhere.`)
            }
          >
            {u.disabled ? 'Enable account' : 'Disable account'}
          </Button>
        </div>
        {self && <p class="hint">You cannot disable your own account here.</p>}
      </Section>

      <Section title="Reset password">
        <Form
          onSubmit={() =>
            void passwordAction.run(async () => {
              await adminResetPassword(u.id, newPassword);
              setNewPassword('');
              setVersion((v) => v + 1);
            }, `The password of ${u.username} was reset and their sessions were ended.`)
          }
          label="Reset password"
        >
          <Field
            label="New password for this user"
            type="password"
            value={newPassword}
            onInput={setNewPassword}
            autoComplete="new-password"
            required
            minLength={8}
            hint="Tell the user through a safe channel. Every session of theirs ends."
          />
          <div class="actions">
            <Submit busy={passwordAction.busy} variant="danger">
              Reset password
            </Submit>
          </div>
        </Form>
      </Section>

      <Section title="Second factor">
        {u.totpEnabled || u.passkeyCount > 0 ? (
          <>
            <p>
              For a user who lost their authenticator or passkeys and their recovery codes: turns two-factor authentication off, deletes their
              passkeys and recovery codes, and ends their sessions.
            </p>
            <div class="actions">
              <Button
                variant="danger"
                busy={twoFactorAction.busy}
                onClick={() =>
                  void twoFactorAction.run(async () => {
                    await updated(await adminResetTwoFactor(u.id));
                  }, `Two-factor authentication of ${u.username} was reset.`)
                }
              >
                Reset two-factor authentication
              </Button>
            </div>
          </>
        ) : (
          <p class="muted">This account has no second factor (no TOTP, no passkey).</p>
        )}
      </Section>

      <Section title="Security events">
        <EventList
          resetKey={`${u.id}:${version}`}
          label="Security event pages"
          load={(first, after) => fetchUserEvents(u.id, first, after)}
        />
      </Section>
    </Page>
  );
}
