// The API documentation page, rendered from a view of the OpenAPI description: endpoints,
// parameters, request bodies and responses, each with an example. No script, no CDN.
import { Layout } from './layout';

export interface DocsParameter {
  name: string;
  location: string;
  required: boolean;
  description: string;
}

export interface DocsBody {
  mediaType: string;
  /** The example, already formatted as text. */
  example: string | null;
}

export interface DocsResponse {
  status: string;
  description: string;
  bodies: DocsBody[];
}

export interface DocsEndpoint {
  method: string;
  path: string;
  summary: string;
  description: string;
  parameters: DocsParameter[];
  requestBodies: DocsBody[];
  responses: DocsResponse[];
}

export interface DocsPageProps {
  title: string;
  version: string;
  description: string;
  specUrl: string;
  endpoints: DocsEndpoint[];
}

function Bodies({ bodies }: { bodies: DocsBody[] }) {
  return (
    <>
      {bodies.map((body) => (
        <>
          <p>
            <code>{body.mediaType}</code>
          </p>
          {body.example === null ? null : <pre>{body.example}</pre>}
        </>
      ))}
    </>
  );
}

function Parameters({ parameters }: { parameters: DocsParameter[] }) {
  if (parameters.length === 0) return null;

  return (
    <>
      <h3>Parameters</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">In</th>
            <th scope="col">Required</th>
            <th scope="col">Description</th>
          </tr>
        </thead>
        <tbody>
          {parameters.map((p) => (
            <tr>
              <td>
                <code>{p.name}</code>
              </td>
              <td>{p.location}</td>
              <td>{p.required ? 'yes' : 'no'}</td>
              <td>{p.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function Endpoint({ endpoint }: { endpoint: DocsEndpoint }) {
  const anchor = `${endpoint.method}-${endpoint.path}`.replace(/[^A-Za-z0-9]+/g, '-');

  return (
    <section class="card" id={anchor}>
      <h2>
        <span class="method">{endpoint.method}</span>
        <code>{endpoint.path}</code>
      </h2>
      <p>
        <strong>{endpoint.summary}</strong>
      </p>
      <p>{endpoint.description}</p>
      <Parameters parameters={endpoint.parameters} />
      {endpoint.requestBodies.length > 0 ? <h3>Request body</h3> : null}
      <Bodies bodies={endpoint.requestBodies} />
      <h3>Responses</h3>
      {endpoint.responses.map((response) => (
        <>
          <h4>{`${response.status}: ${response.description}`}</h4>
          <Bodies bodies={response.bodies} />
        </>
      ))}
    </section>
  );
}

/** Human-readable API documentation. */
export function DocsPage({ title, version, description, specUrl, endpoints }: DocsPageProps) {
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p>{`Version ${version}.`}</p>
      <p>{description}</p>
      <p>
        The machine-readable description: <a href={specUrl}>{specUrl}</a> (OpenAPI 3.1).
      </p>
      {endpoints.map((endpoint) => (
        <Endpoint endpoint={endpoint} />
      ))}
    </Layout>
  );
}
