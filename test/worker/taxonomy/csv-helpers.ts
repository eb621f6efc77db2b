// Small in-test files for the taxonomy tests, written here because no public fixture has them.
import { db, NOW } from './support';
import { startImport } from '../../../src/taxonomy/import-job';
import type { ImportKind, ImportOptions } from '../../../src/taxonomy/framework-target';

/** An employer framework: two roots, children, aliases separated by "|". */
export const EMPLOYER_CSV = [
  'code,label,description,parent code,aliases',
  'CLOUD,Cloud engineering,Running services on cloud platforms,,cloud ops|platform engineering',
  'CLOUD.K8S,Kubernetes operations,"Deploying, scaling and upgrading clusters",CLOUD,k8s',
  'CLOUD.IAC,Infrastructure as code,Terraform and friends,CLOUD,',
  'DATA,Data analysis,"Cleaning, modelling and reporting data",,analytics',
].join('\n');

/** Imports text files of one kind, committed in the same call. */
export function importTexts(
  kind: ImportKind,
  files: Array<{ name: string; text: string }>,
  options: ImportOptions = {},
  organisationId: string | null = null,
) {
  const request = { organisationId, kind, files, options, createdBy: 'operator' };
  return startImport(db, request, true, NOW);
}
