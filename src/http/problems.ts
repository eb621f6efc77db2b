// The request errors the web layer knows, each with a stable code, an HTTP status and a title.
// Thrown as `ProblemError` anywhere below a route; `error-handler.ts` turns them into responses.

/** Every problem the API can answer, by stable code. */
export const PROBLEMS = {
  input_missing: { status: 400, title: 'Nothing to verify' },
  input_ambiguous: { status: 400, title: 'More than one thing to verify' },
  input_invalid: { status: 400, title: 'Input of the wrong type' },
  json_malformed: { status: 400, title: 'Malformed JSON' },
  url_invalid: { status: 400, title: 'Invalid URL' },
  url_forbidden: { status: 400, title: 'URL not allowed' },
  idempotency_key_invalid: { status: 400, title: 'Invalid Idempotency-Key' },
  unauthenticated: { status: 401, title: 'Authentication required' },
  forbidden: { status: 403, title: 'Not allowed' },
  csrf_rejected: { status: 403, title: 'Form not accepted' },
  not_found: { status: 404, title: 'Not found' },
  method_not_allowed: { status: 405, title: 'Method not allowed' },
  conflict: { status: 409, title: 'Conflict' },
  payload_too_large: { status: 413, title: 'Request body too large' },
  media_type_unsupported: { status: 415, title: 'Unsupported media type' },
  idempotency_conflict: { status: 422, title: 'Idempotency-Key reused with another request' },
  rate_limited: { status: 429, title: 'Too many requests' },
  internal_error: { status: 500, title: 'Internal error' },
  // Taxonomies (issue 4): imports, crosswalk edges, badge mappings.
  import_invalid: { status: 400, title: 'File cannot be imported' },
  parameter_invalid: { status: 400, title: 'Invalid query parameter' },
  competency_unknown: { status: 400, title: 'Unknown competency' },
  operator_token_required: { status: 401, title: 'Operator token required' },
  import_conflict: { status: 409, title: 'Import not in a state for this' },
  edge_exists: { status: 409, title: 'Edge already exists' },
  import_source_unavailable: { status: 502, title: 'Framework source unavailable' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof PROBLEMS;

/** The HTTP statuses problems are answered with. */
export type ProblemStatus = (typeof PROBLEMS)[ProblemCode]['status'];

/** Where each problem type is described: `type` in the RFC 9457 body. */
export const PROBLEM_TYPE_BASE = 'https://proofpath.dev/problems/';

/** A request that cannot be served, with a stable `code` and a detail a person can read. */
export class ProblemError extends Error {
  override readonly name = 'ProblemError';
  readonly code: ProblemCode;
  readonly status: ProblemStatus;
  readonly title: string;
  /** Extra response headers, such as `Allow` on a 405. */
  readonly headers: Record<string, string>;

  /** Extra members of the problem body, such as `row` and `column` of `import_invalid`. */
  readonly extensions: Record<string, unknown>;

  constructor(
    code: ProblemCode,
    detail: string,
    headers: Record<string, string> = {},
    extensions: Record<string, unknown> = {},
  ) {
    super(detail);
    this.code = code;
    this.status = PROBLEMS[code].status;
    this.title = PROBLEMS[code].title;
    this.headers = headers;
    this.extensions = extensions;
  }
}

/** Throws a `ProblemError`; keeps the guard clauses of handlers on one line. */
export function refuse(code: ProblemCode, detail: string): never {
  throw new ProblemError(code, detail);
}
