// The frame of every organisation page: the layout with the member in the header, the page
// heading, and the organisation's navigation (only the parts the member may open).
import type { Child } from 'hono/jsx';
import { Layout } from '../layout';
import { ORG_WORDS } from './messages';
import type { Viewer } from './viewer';

export interface OrgFrameProps {
  title: string;
  viewer: Viewer;
  children?: Child;
}

function OrgNav({ viewer }: { viewer: Viewer }) {
  return (
    <nav class="org" aria-label={ORG_WORDS.navLabel}>
      <a href="/org">{ORG_WORDS.overview}</a> <a href="/org/members">{ORG_WORDS.members}</a>{' '}
      {viewer.may.manageKeys ? <a href="/org/api-keys">{ORG_WORDS.apiKeys}</a> : null}{' '}
      {viewer.may.readAudit ? <a href="/org/audit">{ORG_WORDS.auditLog}</a> : null}{' '}
      <a href="/account">{ORG_WORDS.account}</a>
    </nav>
  );
}

/** Wraps an organisation page. */
export function OrgFrame({ title, viewer, children }: OrgFrameProps) {
  const account = { name: viewer.name, csrfToken: viewer.csrfToken };

  return (
    <Layout title={title} account={account}>
      <p class="hint">{viewer.organisationName}</p>
      <h1>{title}</h1>
      <OrgNav viewer={viewer} />
      {children}
    </Layout>
  );
}
