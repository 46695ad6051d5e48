// Routing: the email-link pages live at real paths (/verify-email?token=…); every other screen
// uses the hash (/#/quotes, /#/admin/users…), so the server only has to serve index.html at `/`.
import { useEffect, useState } from 'preact/hooks';

export const LINK_PAGES = ['/verify-email', '/reset-password', '/confirm-email-change', '/confirm-sign-up'] as const;
export type LinkPage = (typeof LINK_PAGES)[number];

export interface Route {
  /** Set on the email-link pages. */
  linkPage: LinkPage | null;
  /** The hash path, e.g. "/quotes" ("/" when empty). */
  path: string;
  /** The path's segments, e.g. ["admin", "users", "42"]. */
  segments: string[];
  /** The hash's query (after "?"), or the page's query on an email-link page. */
  query: URLSearchParams;
}

export function currentRoute(): Route {
  const pathname = window.location.pathname.replace(/\/+$/, '') || '/';
  const linkPage = (LINK_PAGES as readonly string[]).includes(pathname) ? (pathname as LinkPage) : null;
  const hash = window.location.hash.replace(/^#/, '');
  const q = hash.indexOf('?');
  const rawPath = (q >= 0 ? hash.slice(0, q) : hash) || '/';
  const path = rawPath.startsWith('/') ? rawPath : `/${rawPath}`;
  const query = linkPage
    ? new URLSearchParams(window.location.search)
    : new URLSearchParams(q >= 0 ? hash.slice(q + 1) : '');
  const segments = path
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
  return { linkPage, path, segments, query };
}

/** The href of a console screen: works from the email-link pages too (a full load of `/`). */
export function href(path: string, query?: Record<string, string>): string {
  const qs = query ? new URLSearchParams(query).toString() : '';
  const h = `#${path}${qs ? `?${qs}` : ''}`;
  const onLinkPage = (LINK_PAGES as readonly string[]).includes(window.location.pathname);
  return onLinkPage ? `/${h}` : h;
}

export function navigate(path: string, query?: Record<string, string>): void {
  const target = href(path, query);
  if (target.startsWith('/')) window.location.assign(target);
  else if (window.location.hash !== target) window.location.hash = target;
  else window.dispatchEvent(new HashChangeEvent('hashchange'));
}

const listeners = new Set<() => void>();
function emit() {
  for (const l of [...listeners]) l();
}

/**
 * From an email-link page to a console screen without reloading the page (the session, held in
 * this page's memory, and the notice stay).
 */
export function leaveLinkPage(path: string): void {
  window.history.pushState(null, '', `/#${path}`);
  emit();
}
window.addEventListener('hashchange', emit);
window.addEventListener('popstate', emit);

export function useRoute(): Route {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const l = () => setRoute(currentRoute());
    listeners.add(l);
    return () => {
      listeners.delete(l);
    };
  }, []);
  return route;
}
