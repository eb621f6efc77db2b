// The frameworks page: every framework the organisation can see (public and its own) with its
// source, version, licence and attribution, and the form that imports a framework or crosswalk.
import { AdminFrame } from './admin-frame';
import { type ImportErrorView, ImportErrorNotice } from './import-error';
import { ImportForm, type ImportFormValues } from './import-form';
import { ADMIN_WORDS, FRAMEWORK_KIND_LABELS } from './messages';
import { type AdminViewer, type FrameworkView, frameworkHref } from './views';

export interface FrameworksPageProps {
  viewer: AdminViewer;
  frameworks: FrameworkView[];
  /** The next page of frameworks, when there is one. */
  moreHref?: string | undefined;
  /** Why the import just posted was refused, and what was typed. */
  importError?: ImportErrorView | undefined;
  values?: ImportFormValues | undefined;
}

/** A source as a link when it is a web address, else as text. */
export function SourceText({ source }: { source: string | null }) {
  if (!source) return null;
  if (/^https?:\/\//i.test(source)) return <a href={source}>{source}</a>;
  return <>{source}</>;
}

function Licence({ framework }: { framework: FrameworkView }) {
  return (
    <>
      <SourceText source={framework.source} />
      {framework.licence ? <p class="hint">{framework.licence}</p> : null}
      {framework.attribution ? <p class="hint">{framework.attribution}</p> : null}
    </>
  );
}

function FrameworkRow({ framework }: { framework: FrameworkView }) {
  return (
    <tr>
      <td>
        <a href={frameworkHref(framework.id)}>{framework.title}</a>
      </td>
      <td>{framework.own ? ADMIN_WORDS.ownOwner : ADMIN_WORDS.publicOwner}</td>
      <td>{FRAMEWORK_KIND_LABELS[framework.kind] ?? framework.kind}</td>
      <td>{framework.version ?? ''}</td>
      <td>{String(framework.competencyCount)}</td>
      <td>
        <Licence framework={framework} />
      </td>
    </tr>
  );
}

function FrameworksTable({ frameworks }: { frameworks: FrameworkView[] }) {
  if (frameworks.length === 0) return <p>{ADMIN_WORDS.noFrameworks}</p>;

  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{ADMIN_WORDS.titleColumn}</th>
          <th scope="col">{ADMIN_WORDS.ownerColumn}</th>
          <th scope="col">{ADMIN_WORDS.kindColumn}</th>
          <th scope="col">{ADMIN_WORDS.versionColumn}</th>
          <th scope="col">{ADMIN_WORDS.competenciesColumn}</th>
          <th scope="col">{ADMIN_WORDS.licenceColumn}</th>
        </tr>
      </thead>
      <tbody>
        {frameworks.map((framework) => (
          <FrameworkRow framework={framework} />
        ))}
      </tbody>
    </table>
  );
}

/** The frameworks page. */
export function FrameworksPage(props: FrameworksPageProps) {
  return (
    <AdminFrame title={ADMIN_WORDS.frameworksTitle} viewer={props.viewer}>
      <p>{ADMIN_WORDS.frameworksIntro}</p>
      <ImportErrorNotice error={props.importError} />
      <FrameworksTable frameworks={props.frameworks} />
      {props.moreHref ? (
        <p>
          <a href={props.moreHref}>{ADMIN_WORDS.moreFrameworks}</a>
        </p>
      ) : null}
      <ImportForm csrf={props.viewer.csrfToken} values={props.values} />
    </AdminFrame>
  );
}
