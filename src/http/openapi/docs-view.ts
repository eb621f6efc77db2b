// Turns the OpenAPI description into the plain view the docs page renders, resolving the
// component references it uses.
import type { DocsBody, DocsEndpoint, DocsPageProps, DocsResponse } from '../../pages/docs-page';
import type {
  HttpMethod,
  MediaTypeObject,
  OpenApiDocument,
  OperationObject,
  ParameterObject,
  Reference,
  ResponseObject,
} from './types';

function isReference(value: object): value is Reference {
  return '$ref' in value;
}

function lastSegment(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

function bodies(content: Record<string, MediaTypeObject> = {}): DocsBody[] {
  return Object.entries(content).map(([mediaType, media]) => ({
    mediaType,
    example: media.example === undefined ? null : formatExample(media.example),
  }));
}

function formatExample(example: unknown): string {
  return typeof example === 'string' ? example : JSON.stringify(example, null, 2);
}

function endpoint(doc: OpenApiDocument, path: string, method: HttpMethod, op: OperationObject) {
  const parameter = (p: ParameterObject | Reference): ParameterObject =>
    isReference(p) ? (doc.components.parameters[lastSegment(p.$ref)] as ParameterObject) : p;
  const response = (r: ResponseObject | Reference): ResponseObject =>
    isReference(r) ? (doc.components.responses[lastSegment(r.$ref)] as ResponseObject) : r;

  const responses: DocsResponse[] = Object.entries(op.responses).map(([status, r]) => {
    const resolved = response(r);
    return { status, description: resolved.description, bodies: bodies(resolved.content) };
  });

  const parameters = (op.parameters ?? []).map(parameter).map((p) => ({
    name: p.name,
    location: p.in,
    required: p.required,
    description: p.description,
  }));

  const requestBodies = bodies(op.requestBody?.content);
  const summary = op.summary;
  const description = op.description;
  return {
    method: method.toUpperCase(),
    path,
    summary,
    description,
    parameters,
    requestBodies,
    responses,
  } satisfies DocsEndpoint;
}

/** The docs page's props, built from the OpenAPI description. */
export function docsView(doc: OpenApiDocument, specUrl: string): DocsPageProps {
  const endpoints = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => endpoint(doc, path, method as HttpMethod, op)),
  );

  const { title, version, description } = doc.info;
  return { title, version, description, specUrl, endpoints };
}
