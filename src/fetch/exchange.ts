// One exchange with the network: follow redirects by hand, re-checking every hop, then accept or
// refuse the final answer by status, content type and size, all within one deadline.
import { acceptHeader, acceptsContentType, mediaType } from './content-types';
import { type Deadline, startDeadline } from './deadline';
import * as errors from './errors';
import { type HopContext, hopError } from './hop-check';
import { maxBytesFor } from './limits';
import { readBody } from './read-body';
import { isRedirect, nextHop } from './redirect';
import { refusalReason, type Transport } from './transport';
import type { DocumentKind, FetchError } from './types';

export interface ExchangeContext extends HopContext {
  transport: Transport;
}

export interface Answer {
  finalUrl: URL;
  status: number;
  contentType: string;
  body: Uint8Array;
  headers: Headers;
  /** True when any hop went over plain HTTP. */
  insecure: boolean;
}

export type ExchangeResult = { ok: true; answer: Answer } | { ok: false; error: FetchError };

const USER_AGENT = 'Proofpath-Verifier/1.0 (credential verification)';

type Sent = { ok: true; response: Response } | { ok: false; error: FetchError };

async function send(
  url: URL,
  kind: DocumentKind,
  context: ExchangeContext,
  deadline: Deadline,
): Promise<Sent> {
  const request = new Request(url.href, {
    method: 'GET',
    headers: { accept: acceptHeader(kind), 'user-agent': USER_AGENT },
    redirect: 'manual',
    signal: deadline.signal,
  });

  try {
    return { ok: true, response: await deadline.within(context.transport(request)) };
  } catch (failure) {
    return { ok: false, error: transportError(failure, url, context, deadline) };
  }
}

function transportError(
  failure: unknown,
  url: URL,
  context: ExchangeContext,
  deadline: Deadline,
): FetchError {
  if (deadline.signal.aborted) return errors.timedOut(url.hostname, context.limits.timeoutMs);

  const reason = refusalReason(failure);
  return reason ? errors.forbiddenDestination(reason) : errors.unreachable(url.hostname);
}

function discard(response: Response): void {
  response.body?.cancel().catch(() => {});
}

async function accept(
  url: URL,
  response: Response,
  kind: DocumentKind,
  context: ExchangeContext,
  deadline: Deadline,
): Promise<ExchangeResult> {
  if (response.status < 200 || response.status > 299) {
    discard(response);
    return { ok: false, error: errors.httpError(url.hostname, response.status) };
  }

  const contentType = mediaType(response.headers.get('content-type'));
  if (!acceptsContentType(kind, contentType)) {
    discard(response);
    return { ok: false, error: errors.wrongContentType(kind, contentType) };
  }

  const maxBytes = maxBytesFor(kind, context.limits);
  const read = await readBody(response, maxBytes, deadline);
  if (read.ok) {
    const { status, headers } = response;
    const answer = {
      finalUrl: url,
      status,
      contentType,
      body: read.body,
      headers,
      insecure: false,
    };
    return { ok: true, answer };
  }

  if (read.reason === 'too_large') return { ok: false, error: errors.tooLarge(maxBytes) };
  if (read.reason === 'timeout') {
    return { ok: false, error: errors.timedOut(url.hostname, context.limits.timeoutMs) };
  }
  return { ok: false, error: errors.unreachable(url.hostname) };
}

async function follow(
  start: URL,
  kind: DocumentKind,
  context: ExchangeContext,
  deadline: Deadline,
): Promise<ExchangeResult> {
  let url = start;
  let insecure = start.protocol === 'http:';
  for (let redirects = 0; ; redirects++) {
    const refused = await hopError(url, context, deadline);
    if (refused) return { ok: false, error: refused };

    const sent = await send(url, kind, context, deadline);
    if (!sent.ok) return sent;

    if (!isRedirect(sent.response.status)) {
      const result = await accept(url, sent.response, kind, context, deadline);
      return result.ok ? { ok: true, answer: { ...result.answer, insecure } } : result;
    }

    discard(sent.response);
    if (redirects >= context.limits.maxRedirects) {
      return { ok: false, error: errors.tooManyRedirects(context.limits.maxRedirects) };
    }

    const next = nextHop(url, sent.response);
    if (!next.ok) return next;

    url = next.url;
    insecure ||= url.protocol === 'http:';
  }
}

/** Fetches `start` (redirects included) within the time limit; never throws. */
export async function exchange(
  start: URL,
  kind: DocumentKind,
  context: ExchangeContext,
): Promise<ExchangeResult> {
  const deadline = startDeadline(context.limits.timeoutMs);
  try {
    return await follow(start, kind, context, deadline);
  } catch {
    return { ok: false, error: errors.unreachable(start.hostname) };
  } finally {
    deadline.clear();
  }
}
