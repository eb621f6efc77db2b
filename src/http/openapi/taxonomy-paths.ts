// The taxonomy's paths in the OpenAPI description, for `document.ts` to spread in.
import * as importOps from './taxonomy-import-operations';
import * as readOps from './taxonomy-read-operations';
import * as writeOps from './taxonomy-write-operations';
import type { PathItemObject } from './types';

/** Frameworks, imports, competencies, crosswalk edges and badge mappings. */
export const taxonomyPaths: Record<string, PathItemObject> = {
  '/api/v1/frameworks': { get: readOps.listFrameworks },
  '/api/v1/frameworks/{id}': { get: readOps.getFramework, delete: writeOps.deleteFramework },
  '/api/v1/frameworks/{id}/tree': { get: readOps.frameworkTree },
  '/api/v1/imports': { post: importOps.createImport },
  '/api/v1/imports/{id}': { get: importOps.getImport, delete: importOps.abandonImport },
  '/api/v1/imports/{id}/files': { post: importOps.addImportFiles },
  '/api/v1/imports/{id}/commit': { post: importOps.commitImport },
  '/api/v1/competencies': { get: readOps.searchCompetencies },
  '/api/v1/competencies/{id}': { get: readOps.getCompetency },
  '/api/v1/competencies/{id}/equivalents': { get: readOps.competencyEquivalents },
  '/api/v1/crosswalk-edges': { get: readOps.listEdges, post: writeOps.createEdge },
  '/api/v1/crosswalk-edges/{id}': { get: readOps.getEdge, delete: writeOps.removeEdge },
  '/api/v1/badge-mappings': { get: readOps.listMappings, post: writeOps.createMapping },
  '/api/v1/badge-mappings/{id}': {
    get: readOps.getMapping,
    patch: writeOps.updateMapping,
    delete: writeOps.deleteMapping,
  },
};
