// Security events (the user's own, or any user's for an admin), page by page.
import { useState } from 'preact/hooks';
import { useLoad } from '../actions';
import type { EventPage, SecurityEvent, SecurityEventKind } from '../api';
import { Loading, Pager, Time, describeAgent } from '../ui';

export const EVENTS_PAGE_SIZE = 20;

const KIND_LABELS: Record<SecurityEventKind, string> = {
  SIGN_IN_SUCCEEDED: 'Signed in',
  SIGN_IN_FAILED: 'Failed sign-in',
  REFRESH_TOKEN_REUSED: 'Stolen-token alarm: session revoked',
  PASSWORD_CHANGED: 'Password changed',
  PASSWORD_RESET: 'Password reset',
  EMAIL_CHANGED: 'Email changed',
  TOTP_ENABLED: 'Two-factor authentication turned on',
  TOTP_DISABLED: 'Two-factor authentication turned off',
  ROLE_CHANGED: 'Role changed',
  ACCOUNT_DISABLED: 'Account disabled',
  ACCOUNT_ENABLED: 'Account enabled',
  ACCOUNT_DELETED: 'Account deleted',
  TWO_FACTOR_RESET: 'Two-factor authentication reset by an admin',
  IDENTITY_LINKED: 'Sign-in provider linked',
  IDENTITY_UNLINKED: 'Sign-in provider unlinked',
  PASSKEY_ADDED: 'Passkey added',
  PASSKEY_REMOVED: 'Passkey removed',
};

const WARN_KINDS = new Set<SecurityEventKind>(['SIGN_IN_FAILED', 'REFRESH_TOKEN_REUSED', 'ACCOUNT_DISABLED']);

const DETAIL_WORDS: Record<string, string> = {
  pwd: 'password',
  'pwd totp': 'password + authenticator code',
  'pwd recovery': 'password + recovery code',
  fed: 'sign-in provider',
  'fed totp': 'sign-in provider + authenticator code',
  'fed recovery': 'sign-in provider + recovery code',
  'hwk user': 'passkey',
  'pwd hwk user': 'password + passkey',
  'fed hwk user': 'sign-in provider + passkey',
  wrong_password: 'wrong password',
  wrong_second_factor: 'wrong second factor',
  account_disabled: 'account disabled',
  email: 'email link',
};

/** The event's detail JSON as a short sentence ("by: admin …", "method: password"). */
export function describeDetail(detail: string | null): string {
  if (!detail) return '';
  try {
    const obj = JSON.parse(detail) as Record<string, unknown>;
    const parts: string[] = [];
    for (const [k, v] of Object.entries(obj)) {
      const value = typeof v === 'string' ? (DETAIL_WORDS[v] ?? v) : JSON.stringify(v);
      const key = k === 'amr' ? 'method' : k === 'by' ? 'by admin' : k === 'sessionId' ? 'session' : k;
      parts.push(`${key}: ${value}`);
    }
    return parts.join(', ');
  } catch {
    return detail;
  }
}

function EventRow(p: { event: SecurityEvent }) {
  const e = p.event;
  const detail = describeDetail(e.detail);
  return (
    <li class={`row event${WARN_KINDS.has(e.kind) ? ' warn' : ''}`} data-testid="event-row" data-kind={e.kind}>
      <p class="row-title">
        <span data-testid="event-kind">{KIND_LABELS[e.kind] ?? e.kind}</span>
        <span class="muted small">
          {' '}
          · <Time at={e.at} />
        </span>
      </p>
      <p class="muted small">
        {[detail, e.ip ? `IP ${e.ip}` : '', e.userAgent ? describeAgent(e.userAgent) : ''].filter(Boolean).join(' · ')}
      </p>
    </li>
  );
}

/** Forward-only cursors (first/after): "previous" pops the cursor stack. */
export function EventList(p: {
  load: (first: number, after: string | null) => Promise<EventPage>;
  /** Changes when the list must start over (e.g. another user). */
  resetKey: string;
  label: string;
}) {
  const [stack, setStack] = useState<(string | null)[]>([null]);
  const [key, setKey] = useState(p.resetKey);
  if (key !== p.resetKey) {
    setKey(p.resetKey);
    setStack([null]);
  }
  const after = stack[stack.length - 1] ?? null;
  const depth = stack.length;
  const page = useLoad(async () => ({ ...(await p.load(EVENTS_PAGE_SIZE, after)), page: depth }), [after, depth, p.resetKey]);
  const data = page.data;
  if (!data) return page.loading ? <Loading what="events" /> : null;
  const total = data.totalCount;
  const pages = total === null ? null : Math.max(1, Math.ceil(total / EVENTS_PAGE_SIZE));
  return (
    <>
      <p class="muted" data-testid="event-count">
        {data.events.length === 0 && data.page === 1
          ? 'No events yet.'
          : total === null
            ? `Page ${data.page}`
            : `${total} event${total === 1 ? '' : 's'} · page ${data.page} of ${pages}`}
      </p>
      <ul class="rows" data-testid="event-list" aria-busy={page.loading ? 'true' : undefined}>
        {data.events.map((e) => (
          <EventRow key={e.id} event={e} />
        ))}
      </ul>
      <Pager
        label={p.label}
        busy={page.loading}
        hasPrevious={data.page > 1}
        hasNext={data.pageInfo.hasNextPage}
        onPrevious={() => setStack(stack.slice(0, data.page - 1))}
        onNext={() => {
          if (data.pageInfo.endCursor) setStack([...stack.slice(0, data.page), data.pageInfo.endCursor]);
        }}
      />
    </>
  );
}
