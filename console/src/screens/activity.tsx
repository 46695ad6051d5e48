// The user's own security activity.
import { fetchMyEvents } from '../api';
import { Page, Section } from '../ui';
import { EventList } from './events';

export function Activity(p: { userId: string }) {
  return (
    <Page
      title="Security activity"
      intro={<p>Sign-ins, failed attempts and changes to your account, newest first. Something you do not recognise? Change your password and revoke your sessions.</p>}
    >
      <Section title="Events">
        <EventList load={fetchMyEvents} resetKey={p.userId} label="Security activity pages" />
      </Section>
    </Page>
  );
}
