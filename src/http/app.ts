// The Hono app factory: middleware in order, then the routes, then the one error mapping.
import { Hono } from 'hono';
import type { AppEnv, Services } from './app-env';
import { handleError, handleNotFound } from './error-handler';
import { accessLog } from './middleware/access-log';
import { accessJwtAuthenticator } from './middleware/access-jwt';
import { authenticate, DEFAULT_AUTHENTICATORS } from './middleware/auth';
import { demoSeed } from './middleware/auth-demo-seed';
import { limitSearch, limitVerifications } from './middleware/rate-limit';
import { requestId } from './middleware/request-id';
import { securityHeaders } from './middleware/security-headers';
import { provideServices } from './middleware/services';
import { adminPageRoutes } from './routes/admin-pages';
import { apiDocsRoutes } from './routes/api-docs';
import { assetRoutes } from './routes/assets';
import { invitationRoutes } from './routes/auth-invitations';
import { authPageRoutes } from './routes/auth-pages';
import { challengesApi } from './routes/challenges-api';
import { orgApi } from './routes/org-api';
import { orgPageRoutes } from './routes/org-pages';
import { passkeyAccountRoutes } from './routes/passkey-account';
import { passkeyAssetRoutes, passkeyScriptPolicy } from './routes/passkey-assets';
import { passkeySignInRoutes } from './routes/passkey-sign-in';
import { pageRoutes } from './routes/pages';
import { taxonomyApi } from './routes/taxonomy-api';
import { verificationsApi } from './routes/verifications-api';

/**
 * Builds the web app around long-lived services (one set per isolate).
 *
 * @example
 * const app = createApp({ fetcher: createGuardedFetcher(), now: () => new Date() });
 * export default { fetch: app.fetch };
 */
export function createApp(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.use(requestId(), accessLog(services.now), securityHeaders(), provideServices(services));
  app.use(demoSeed(), authenticate([accessJwtAuthenticator, ...DEFAULT_AUTHENTICATORS]));
  app.use('/api/v1/verifications', limitVerifications());
  app.use('/verify', limitVerifications());
  app.use('/sign-in', passkeyScriptPolicy());
  app.use('/api/v1/competencies', limitSearch());

  app.route('/', assetRoutes);
  app.route('/', passkeyAssetRoutes);
  app.route('/', pageRoutes);
  app.route('/api', apiDocsRoutes);
  app.route('/api/v1', verificationsApi);
  app.route('/api/v1', challengesApi);
  app.route('/', authPageRoutes);
  app.route('/', invitationRoutes);
  app.route('/', passkeySignInRoutes);
  app.route('/', passkeyAccountRoutes);
  app.route('/org', orgPageRoutes);
  app.route('/admin', adminPageRoutes);
  app.route('/api/v1', orgApi);
  app.route('/api/v1', taxonomyApi);

  app.onError(handleError);
  app.notFound(handleNotFound);
  return app;
}
