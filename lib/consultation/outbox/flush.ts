import { createHash, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';
import { errorCode } from '@/lib/error-code';
import { getOutbox } from '@/lib/consultation/runtime';

/**
 * `POST /api/outbox/flush`, for hosts without a long-lived process (their
 * functions stop between requests, so no retry timer runs): the host's
 * scheduler calls it every minute or so with
 * `Authorization: Bearer <OUTBOX_FLUSH_TOKEN>`, and it delivers what is
 * due. Without OUTBOX_FLUSH_TOKEN set the route refuses every call. The
 * answer holds counts only.
 */
export async function flushOutbox(request: Request): Promise<Response> {
  const expected = env.OUTBOX_FLUSH_TOKEN;
  if (!expected) return answer(403, { error: 'The flush route is off: set OUTBOX_FLUSH_TOKEN to turn it on.' });
  if (!sameToken(bearerToken(request), expected))
    return answer(401, { error: 'Send Authorization: Bearer <OUTBOX_FLUSH_TOKEN>.' }, { 'WWW-Authenticate': 'Bearer' });
  try {
    const counts = await getOutbox().deliverPending();
    return answer(200, {
      delivered: counts.delivered,
      retryLater: counts['retry-later'],
      failed: counts.failed,
      busy: counts.busy,
    });
  } catch (error) {
    console.error(`consultation outbox flush failed (${errorCode(error)})`);
    return answer(503, { error: 'The outbox could not be reached; nothing was lost. The next call tries again.' });
  }
}

function bearerToken(request: Request): string {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1] ?? '';
}

/** Compared as digests, so the time taken says nothing about the token, not even its length. */
function sameToken(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return given !== '' && timingSafeEqual(digest(given), digest(expected));
}

function answer(status: number, body: object, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}
