// The one place errors become responses: under /api as RFC 9457 `application/problem+json`,
// elsewhere as a readable page. Never a stack trace or raw exception text.
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { MessagePage } from '../pages/message-page';
import { MESSAGES } from '../pages/messages';
import type { AppEnv } from './app-env';
import { PROBLEM_TYPE_BASE, ProblemError } from './problems';

/** Whether the path belongs to the JSON API (problem+json) rather than to the pages. */
export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

function asProblem(error: unknown, c: Context<AppEnv>): ProblemError {
  if (error instanceof ProblemError) return error;

  // Only the error's class name is logged: messages may carry SQL parameters or input.
  const name = error instanceof Error ? error.name : typeof error;
  console.log(JSON.stringify({ event: 'error', requestId: c.var.requestId, error: name }));
  return new ProblemError('internal_error', 'Something went wrong on our side. Try again later.');
}

function problemJson(problem: ProblemError, c: Context<AppEnv>): Response {
  const body = {
    ...problem.extensions,
    type: `${PROBLEM_TYPE_BASE}${problem.code}`,
    title: problem.title,
    status: problem.status,
    detail: problem.message,
    code: problem.code,
    requestId: c.var.requestId,
  };
  const headers = { ...problem.headers, 'Content-Type': 'application/problem+json' };

  return c.body(JSON.stringify(body), problem.status, headers);
}

function problemPage(problem: ProblemError, c: Context<AppEnv>) {
  for (const [name, value] of Object.entries(problem.headers)) c.header(name, value);

  const text = `${problem.message} (Request id: ${c.var.requestId}.)`;
  return c.html(<MessagePage title={problem.title} text={text} />, problem.status);
}

/** Maps any error thrown by a route or middleware to a response. */
export const handleError: ErrorHandler<AppEnv> = (error, c) => {
  const problem = asProblem(error, c);

  return isApiPath(c.req.path) ? problemJson(problem, c) : problemPage(problem, c);
};

/** No route matched: `not_found`, through the same mapping. */
export const handleNotFound: NotFoundHandler<AppEnv> = (c) => {
  const detail = isApiPath(c.req.path)
    ? 'There is no such API resource.'
    : MESSAGES.pageNotFoundText;

  return handleError(new ProblemError('not_found', detail), c);
};
