// The one PortcullisClient of the page: cookie mode, so the refresh and device tokens stay in
// HttpOnly cookies and the access token only in this page's memory; documents sent by id.
import { PortcullisClient, type SessionState } from '@portcullis/client';

type Listener = (state: SessionState) => void;
const sessionListeners = new Set<Listener>();

/** Called whenever the client's session changes (signed in, refreshed, updated, ended). */
export function onSessionChange(listener: Listener): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

export const client = new PortcullisClient({
  mode: 'cookie',
  // The server knows the client's documents by id (it embeds their manifest): smaller requests,
  // and the console keeps working where only trusted documents run.
  documentIds: true,
  onSessionChange: (state) => {
    for (const l of [...sessionListeners]) l(state);
  },
});
