// Every taxonomy route under /api/v1, for `createApp` to register in one line.
import { Hono } from 'hono';
import type { AppEnv } from '../app-env';
import { taxonomyCompetenciesApi } from './taxonomy-competencies-api';
import { taxonomyEdgesApi } from './taxonomy-edges-api';
import { taxonomyFrameworksApi } from './taxonomy-frameworks-api';
import { taxonomyImportsApi } from './taxonomy-imports-api';
import { taxonomyMappingsApi } from './taxonomy-mappings-api';

/** Frameworks, imports, competency search and equivalents, crosswalk edges, badge mappings. */
export const taxonomyApi = new Hono<AppEnv>()
  .route('/', taxonomyFrameworksApi)
  .route('/', taxonomyImportsApi)
  .route('/', taxonomyCompetenciesApi)
  .route('/', taxonomyEdgesApi)
  .route('/', taxonomyMappingsApi);
