// The Hono app factory: middleware in order, then the routes, then the one error mapping.
import { Hono } from 'hono';
import type { AppEnv, Services } from './app-env';
import { handleError, handleNotFound } from './error-handler';
import { accessLog } from './middleware/access-log';
import { requestId } from './middleware/request-id';
import { securityHeaders } from './middleware/security-headers';
import { provideServices } from './middleware/services';
import { apiDocsRoutes } from './routes/api-docs';
import { assetRoutes } from './routes/assets';
import { pageRoutes } from './routes/pages';
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

  app.route('/', assetRoutes);
  app.route('/', pageRoutes);
  app.route('/api', apiDocsRoutes);
  app.route('/api/v1', verificationsApi);

  app.onError(handleError);
  app.notFound(handleNotFound);
  return app;
}
