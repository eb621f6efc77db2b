// Everything under /org: only for signed-in members, every POST CSRF-checked, nothing cached.
import { Hono } from 'hono';
import { OverviewPage } from '../../pages/org/overview-page';
import type { AppEnv } from '../app-env';
import { memberOf, requireMember } from '../middleware/auth-guards';
import { csrfProtection } from '../middleware/csrf';
import { formBodyLimit } from './auth-form';
import { orgApiKeyRoutes } from './org-api-keys';
import { orgAuditRoutes } from './org-audit';
import { orgMemberRoutes } from './org-members';
import { viewerOf } from './org-viewer';

/** The organisation pages; mount at /org. */
export const orgPageRoutes = new Hono<AppEnv>()
  .use(requireMember(), formBodyLimit, csrfProtection())
  .get('/', (c) => c.html(<OverviewPage viewer={viewerOf(memberOf(c))} />))
  .route('/', orgMemberRoutes)
  .route('/', orgApiKeyRoutes)
  .route('/', orgAuditRoutes);
