// Gathers a competency's page: the competency, what is equivalent to it (with paths), its live
// edges, the badges mapped to it, every competency those name, and the frameworks' attribution.
// Every query is for the member's organisation: another organisation's competency is not found.
import type { Db } from '../../db/client';
import { listEdges } from '../../db/taxonomy-edges';
import { findCompetencies } from '../../db/taxonomy-frameworks';
import { listMappings } from '../../db/taxonomy-mappings';
import type { BadgeMappingRow, CrosswalkEdgeRow } from '../../db/taxonomy-schema';
import type { CompetencyDetail } from '../../pages/admin/competency-page';
import type { EdgeView } from '../../pages/admin/edges-section';
import type { EquivalentView } from '../../pages/admin/equivalents-section';
import type { MappingView } from '../../pages/admin/mappings-table';
import type { CompetencyRef } from '../../pages/admin/views';
import { type Attribution, attributionOf } from '../../taxonomy/attribution';
import { type EquivalentFound, findEquivalents } from '../../taxonomy/equivalents';
import { competencyRef, competencyRefs, unknownRef } from './admin-context';

/** How far and how wide the equivalents walk goes on a page. */
const WALK = { maxDepth: 4, maxResults: 50 };

/** Edges and mappings listed on a competency's page (the first ones, oldest first). */
const LISTED = 100;

/** What a competency's page shows, apart from the viewer and the edge form's search. */
export interface CompetencyData {
  competency: CompetencyDetail;
  equivalents: EquivalentView[];
  edges: EdgeView[];
  mappings: MappingView[];
  attribution: Attribution[];
}

type Refs = Map<string, CompetencyRef>;

function idsNamed(found: EquivalentFound[], edges: CrosswalkEdgeRow[]): string[] {
  const ids = found.flatMap((f) => [
    f.competencyId,
    ...f.path.flatMap((s) => [s.sourceId, s.targetId]),
  ]);
  return [...ids, ...edges.flatMap((edge) => [edge.sourceId, edge.targetId])];
}

function equivalentViews(found: EquivalentFound[], refs: Refs): EquivalentView[] {
  const ref = (id: string) => refs.get(id) ?? unknownRef(id);

  return found.map((f) => ({
    competency: ref(f.competencyId),
    relation: f.relation,
    path: f.path.map((s) => ({
      source: ref(s.sourceId),
      relation: s.relation,
      target: ref(s.targetId),
      via: s.via,
    })),
  }));
}

function edgeView(edge: CrosswalkEdgeRow, refs: Refs, organisationId: string): EdgeView {
  return {
    id: edge.id,
    source: refs.get(edge.sourceId) ?? unknownRef(edge.sourceId),
    relation: edge.relation,
    target: refs.get(edge.targetId) ?? unknownRef(edge.targetId),
    origin: edge.origin,
    createdBy: edge.createdBy,
    note: edge.note,
    createdAt: edge.createdAt,
    own: edge.organisationId === organisationId,
  };
}

/** A mapping as the tables show it. */
export function mappingView(row: BadgeMappingRow, refs: Refs, organisationId: string): MappingView {
  return {
    id: row.id,
    achievementId: row.achievementId,
    competency: refs.get(row.competencyId) ?? null,
    band: row.band,
    origin: row.origin,
    createdBy: row.createdBy,
    updatedAt: row.updatedAt,
    own: row.organisationId === organisationId,
  };
}

/** The page's data, or null when the organisation cannot see a competency with this id. */
export async function loadCompetency(
  db: Db,
  organisationId: string,
  id: string,
): Promise<CompetencyData | null> {
  const [found] = await findCompetencies(db, organisationId, [id]);
  if (!found) return null;

  const equivalents = await findEquivalents(db, organisationId, id, WALK);
  const edges = await listEdges(db, organisationId, id, 0, LISTED);
  const mappings = await listMappings(db, organisationId, { competencyId: id }, 0, LISTED);

  const parentId = found.competency.parentId;
  const named = [...idsNamed(equivalents, edges.items), ...(parentId ? [parentId] : [])];
  const { refs, frameworks } = await competencyRefs(db, organisationId, named);
  frameworks.set(found.framework.id, found.framework);

  const { kind, itemType, uri, description, altLabels } = found.competency;
  const competency = {
    ...competencyRef(found),
    kind,
    itemType,
    uri,
    description,
    altLabels: JSON.parse(altLabels) as string[],
    parent: parentId ? (refs.get(parentId) ?? null) : null,
  };
  return {
    competency,
    equivalents: equivalentViews(equivalents, refs),
    edges: edges.items.map((edge) => edgeView(edge, refs, organisationId)),
    mappings: mappings.items.map((row) => mappingView(row, refs, organisationId)),
    attribution: [...frameworks.values()].map(attributionOf),
  };
}
