// Everything under /admin: the framework admin pages, for owners and admins of an organisation
// ('frameworks:write'). Signed-out visitors go to sign-in, other members get 403, every POST is
// CSRF-checked and size-limited, nothing is cached. The type-ahead script is served before the
// guards: it is static and holds nothing private.
import { Hono, type MiddlewareHandler } from 'hono';
import { TYPE_AHEAD_PATH, TYPE_AHEAD_SCRIPT } from '../../pages/admin/type-ahead-script';
import type { AppEnv } from '../app-env';
import { requireMember, requirePermission } from '../middleware/auth-guards';
import { bodyLimit } from '../middleware/body-limit';
import { csrfProtection } from '../middleware/csrf';
import { SCRIPT_PAGE_POLICY } from '../middleware/security-headers';
import { adminCompetencyRoutes } from './admin-competencies';
import { adminEdgeRoutes } from './admin-edges';
import { adminFrameworkRoutes } from './admin-frameworks';
import { adminImportRoutes } from './admin-imports';
import { adminMappingRoutes } from './admin-mappings';
import { formBodyLimit } from './auth-form';
import { MAX_IMPORT_BYTES } from './taxonomy-imports-api';

const importBodyLimit = bodyLimit(MAX_IMPORT_BYTES);

/** The import form carries files (as large as the import API takes); other forms are small. */
const limitBody: MiddlewareHandler<AppEnv> = (c, next) =>
  c.req.path === '/admin/imports' ? importBodyLimit(c, next) : formBodyLimit(c, next);

/** The admin pages run this origin's type-ahead script: they answer with the scripts' policy. */
const allowOwnScripts: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();

  if (c.res.headers.get('Content-Type')?.startsWith('text/html')) {
    c.res.headers.set('Content-Security-Policy', SCRIPT_PAGE_POLICY);
  }
};

function serveScript() {
  return new Response(TYPE_AHEAD_SCRIPT, {
    headers: {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    },
  });
}

/** The framework admin pages; mount at /admin. */
export const adminPageRoutes = new Hono<AppEnv>()
  .get(TYPE_AHEAD_PATH.replace('/admin', ''), serveScript)
  .use(allowOwnScripts, requireMember(), requirePermission('frameworks:write'))
  .use(limitBody, csrfProtection())
  .get('/', (c) => c.redirect('/admin/frameworks', 303))
  .route('/', adminFrameworkRoutes)
  .route('/', adminImportRoutes)
  .route('/', adminCompetencyRoutes)
  .route('/', adminEdgeRoutes)
  .route('/', adminMappingRoutes);
