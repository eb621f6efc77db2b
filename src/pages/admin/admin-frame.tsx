// The frame of every framework admin page: the layout with the member in the header, the heading,
// the admin navigation, and (on pages with a type-ahead field) this site's one small script.
import type { Child } from 'hono/jsx';
import { Layout } from '../layout';
import { ADMIN_WORDS } from './messages';
import { TYPE_AHEAD_PATH } from './type-ahead-script';
import type { AdminViewer } from './views';

export interface AdminFrameProps {
  title: string;
  viewer: AdminViewer;
  /** Loads the type-ahead script; the page works the same without it. */
  typeAhead?: boolean;
  children?: Child;
}

function AdminNav() {
  return (
    <nav class="org" aria-label={ADMIN_WORDS.navLabel}>
      <a href="/admin/frameworks">{ADMIN_WORDS.frameworks}</a>{' '}
      <a href="/admin/competencies">{ADMIN_WORDS.findCompetency}</a>{' '}
      <a href="/admin/badge-mappings">{ADMIN_WORDS.badgeMappings}</a>{' '}
      <a href="/org">{ADMIN_WORDS.organisation}</a>
    </nav>
  );
}

/** Wraps a framework admin page. */
export function AdminFrame({ title, viewer, typeAhead = false, children }: AdminFrameProps) {
  const account = { name: viewer.name, csrfToken: viewer.csrfToken };

  return (
    <Layout title={title} account={account}>
      <p class="hint">{viewer.organisationName}</p>
      <h1>{title}</h1>
      <AdminNav />
      {children}
      {typeAhead ? <script src={TYPE_AHEAD_PATH} defer /> : null}
    </Layout>
  );
}
