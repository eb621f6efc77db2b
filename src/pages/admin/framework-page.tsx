// A framework's page: what it is (source, version, licence), then its tree one level at a time:
// the children of the node in `?node=` (the top level without one), each opening its own children.
import { AdminFrame } from './admin-frame';
import { AttributionSection } from './attribution-section';
import { SourceText } from './frameworks-page';
import { ADMIN_WORDS, FRAMEWORK_KIND_LABELS } from './messages';
import {
  type AdminViewer,
  type Attribution,
  type CompetencyRef,
  competencyHref,
  type FrameworkView,
  frameworkHref,
} from './views';

/** A node of the tree with how many children it has. */
export interface TreeNodeView extends CompetencyRef {
  childCount: number;
}

export interface FrameworkPageProps {
  viewer: AdminViewer;
  framework: FrameworkView;
  /** The open node's ancestors, top first, then the node itself; empty at the top level. */
  trail: CompetencyRef[];
  children: TreeNodeView[];
  /** The next page of children, when there is one. */
  moreHref?: string | undefined;
  attribution: Attribution[];
}

function Facts({ framework }: { framework: FrameworkView }) {
  return (
    <section class="card" aria-label={ADMIN_WORDS.frameworkFact}>
      <dl class="facts">
        <dt>{ADMIN_WORDS.kindColumn}</dt>
        <dd>{FRAMEWORK_KIND_LABELS[framework.kind] ?? framework.kind}</dd>
        <dt>{ADMIN_WORDS.versionColumn}</dt>
        <dd>{framework.version ?? ''}</dd>
        <dt>{ADMIN_WORDS.ownerFact}</dt>
        <dd>{framework.own ? ADMIN_WORDS.ownOwner : ADMIN_WORDS.publicOwner}</dd>
        <dt>{ADMIN_WORDS.sourceFact}</dt>
        <dd>
          <SourceText source={framework.source} />
        </dd>
        <dt>{ADMIN_WORDS.licenceFact}</dt>
        <dd>{framework.licence ?? ''}</dd>
        <dt>{ADMIN_WORDS.countFact}</dt>
        <dd>{String(framework.competencyCount)}</dd>
      </dl>
    </section>
  );
}

function Trail({ frameworkId, trail }: { frameworkId: string; trail: CompetencyRef[] }) {
  return (
    <nav aria-label={ADMIN_WORDS.breadcrumbLabel}>
      <ol class="trail">
        <li>
          <a href={frameworkHref(frameworkId)}>{ADMIN_WORDS.topLevel}</a>
        </li>
        {trail.map((node, index) => (
          <li>
            {index === trail.length - 1 ? (
              <a href={competencyHref(node.id)} aria-current="page">
                {node.label}
              </a>
            ) : (
              <a href={frameworkHref(frameworkId, node.id)}>{node.label}</a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

function Node({ node }: { node: TreeNodeView }) {
  const opens = `${ADMIN_WORDS.openChildren}: ${node.childCount} ${ADMIN_WORDS.children}`;

  return (
    <li>
      <a href={competencyHref(node.id)}>{node.label}</a>
      {node.code ? <span class="hint">{` ${node.code}`}</span> : null}
      {node.childCount > 0 ? (
        <>
          {' '}
          <a href={frameworkHref(node.frameworkId, node.id)} aria-label={`${opens}, ${node.label}`}>
            {opens}
          </a>
        </>
      ) : null}
    </li>
  );
}

/** The framework page. */
export function FrameworkPage(props: FrameworkPageProps) {
  const { framework } = props;

  return (
    <AdminFrame title={framework.title} viewer={props.viewer}>
      <Facts framework={framework} />
      <h2>{ADMIN_WORDS.treeHeading}</h2>
      <Trail frameworkId={framework.id} trail={props.trail} />
      {props.children.length === 0 ? <p>{ADMIN_WORDS.noChildren}</p> : null}
      <ul class="tree">
        {props.children.map((node) => (
          <Node node={node} />
        ))}
      </ul>
      {props.moreHref ? (
        <p>
          <a href={props.moreHref}>{ADMIN_WORDS.moreItems}</a>
        </p>
      ) : null}
      <AttributionSection attribution={props.attribution} />
    </AdminFrame>
  );
}
