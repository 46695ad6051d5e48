// The one notice shown in the page's aria-live region (data-testid="notice").
import { createStore } from './store';
import { describeError, errorCode } from './errors';

export type NoticeKind = 'info' | 'success' | 'error';

export interface Notice {
  kind: NoticeKind;
  text: string;
  /** The server's error code, if any (exposed as data-code for tests). */
  code?: string | undefined;
  /** Kept across one navigation (e.g. "signed out" shown on the sign-in screen). */
  sticky?: boolean;
  /** Bumped on every notice so that the same text is announced again. */
  seq: number;
  /** When it was shown (ms): a notice from the action that just navigated stays. */
  at: number;
}

let seq = 0;
export const noticeStore = createStore<Notice | null>(null);

export function notify(kind: NoticeKind, text: string, opts: { code?: string; sticky?: boolean } = {}): void {
  noticeStore.set({ kind, text, code: opts.code, sticky: opts.sticky ?? false, seq: ++seq, at: Date.now() });
}

export function notifyError(e: unknown): void {
  notify('error', describeError(e), { code: errorCode(e) ?? 'ERROR' });
}

export function clearNotice(): void {
  noticeStore.set(null);
}

/** On navigation: drop an older notice; a sticky one stays once; a fresh one stays. */
export function clearNoticeOnNavigate(): void {
  const n = noticeStore.get();
  if (!n) return;
  if (n.sticky) noticeStore.set({ ...n, sticky: false });
  else if (Date.now() - n.at > 1500) noticeStore.set(null);
}
