// The JSON shapes of the taxonomy API: frameworks, competencies (and tree nodes), crosswalk
// edges and badge mappings, each with the links a client follows.
import type { TreeNodeRow } from '../../db/taxonomy-frameworks';
import type {
  BadgeMappingRow,
  CompetencyRow,
  CrosswalkEdgeRow,
  FrameworkRow,
} from '../../db/taxonomy-schema';
import type { ImportJob } from '../../taxonomy/import-view';

const API = '/api/v1';

/** A framework, with where to read its tree. */
export function frameworkResource(row: FrameworkRow) {
  const { contentHash: _hash, ...framework } = row;
  return {
    ...framework,
    links: { self: `${API}/frameworks/${row.id}`, tree: `${API}/frameworks/${row.id}/tree` },
  };
}

function labels(text: string): string[] {
  return JSON.parse(text) as string[];
}

/** A competency, with its alternative labels read. */
export function competencyResource(row: CompetencyRow) {
  const { seq: _seq, altLabels, ...competency } = row;
  return {
    ...competency,
    altLabels: labels(altLabels),
    links: {
      self: `${API}/competencies/${row.id}`,
      equivalents: `${API}/competencies/${row.id}/equivalents`,
      framework: `${API}/frameworks/${row.frameworkId}`,
    },
  };
}

/** A node of a framework's tree: a competency and how many children it has. */
export function treeNodeResource(row: TreeNodeRow) {
  const { childCount, ...competency } = row;
  const children =
    childCount > 0 ? `${API}/frameworks/${row.frameworkId}/tree?parent=${row.id}` : null;
  return { ...competencyResource(competency), childCount, children };
}

/** A crosswalk edge. */
export function edgeResource(row: CrosswalkEdgeRow) {
  return { ...row, links: { self: `${API}/crosswalk-edges/${row.id}` } };
}

/** A badge mapping, with the alignment it came from read. */
export function mappingResource(row: BadgeMappingRow) {
  const alignment = row.alignment === null ? null : (JSON.parse(row.alignment) as object);
  return {
    ...row,
    alignment,
    links: {
      self: `${API}/badge-mappings/${row.id}`,
      competency: `${API}/competencies/${row.competencyId}`,
    },
  };
}

/** An import job. */
export function importJobResource(job: ImportJob) {
  const links: Record<string, string> = { self: `${API}/imports/${job.id}` };
  if (job.status === 'staging') {
    links.files = `${API}/imports/${job.id}/files`;
    links.commit = `${API}/imports/${job.id}/commit`;
  }
  if (job.frameworkId && job.status !== 'failed')
    links.framework = `${API}/frameworks/${job.frameworkId}`;
  return { ...job, links };
}
