// The user's sessions (signed-in devices): list, revoke one, sign out everywhere else.
import { useAction, useLoad } from '../actions';
import { fetchSessions, revokeSession, signOutOthers, type Session } from '../api';
import { signOut } from '../session';
import { Button, Loading, Page, Section, Time, describeAgent } from '../ui';

function SessionRow(p: { session: Session; onChanged: () => void }) {
  const s = p.session;
  const action = useAction();
  return (
    <li class="row session" data-testid="session-row" data-current={s.current ? 'true' : 'false'}>
      <div class="row-main">
        <p class="row-title">
          {describeAgent(s.userAgent)}
          {s.current && (
            <span class="badge ok" data-testid="session-current">
              This device
            </span>
          )}
        </p>
        <p class="muted small">
          {s.ip ? `IP ${s.ip} · ` : ''}signed in <Time at={s.createdAt} /> · last active <Time at={s.lastUsedAt} />
        </p>
      </div>
      <div class="actions">
        {s.current ? (
          <Button onClick={() => void signOut()}>Sign out</Button>
        ) : (
          <Button
            variant="danger-quiet"
            busy={action.busy}
            onClick={() =>
              void action.run(async () => {
                await revokeSession(s.id);
                p.onChanged();
              }, 'Session revoked: that device is signed out.')
            }
          >
            Revoke
          </Button>
        )}
      </div>
    </li>
  );
}

export function Sessions() {
  const list = useLoad(fetchSessions, []);
  const others = useAction();
  const sessions = list.data;
  const otherCount = sessions ? sessions.filter((s) => !s.current).length : 0;
  return (
    <Page title="Sessions" intro={<p>Every device where you are signed in. Revoke any you do not recognise.</p>}>
      <Section title="Signed-in devices">
        {!sessions && list.loading && <Loading what="sessions" />}
        {sessions && (
          <>
            <p class="muted" data-testid="session-count">
              {sessions.length} session{sessions.length === 1 ? '' : 's'}
            </p>
            <ul class="rows">
              {sessions.map((s) => (
                <SessionRow key={s.id} session={s} onChanged={() => void list.reload()} />
              ))}
            </ul>
            <div class="actions">
              <Button
                variant="danger"
                busy={others.busy}
                disabled={otherCount === 0}
                onClick={() =>
                  void others.run(async () => {
                    await signOutOthers();
                    await list.reload();
                  }, 'Every other session was signed out.')
                }
              >
                Sign out all other sessions
              </Button>
            </div>
          </>
        )}
      </Section>
    </Page>
  );
}
