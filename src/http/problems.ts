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
  not_found: { status: 404, title: 'Not found' },
  method_not_allowed: { status: 405, title: 'Method not allowed' },
  payload_too_large: { status: 413, title: 'Request body too large' },
  media_type_unsupported: { status: 415, title: 'Unsupported media type' },
  idempotency_conflict: { status: 422, title: 'Idempotency-Key reused with another request' },
  internal_error: { status: 500, title: 'Internal error' },
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

  constructor(code: ProblemCode, detail: string, headers: Record<string, string> = {}) {
    super(detail);
    this.code = code;
    this.status = PROBLEMS[code].status;
    this.title = PROBLEMS[code].title;
    this.headers = headers;
  }
}

/** Throws a `ProblemError`; keeps the guard clauses of handlers on one line. */
export function refuse(code: ProblemCode, detail: string): never {
  throw new ProblemError(code, detail);
}
