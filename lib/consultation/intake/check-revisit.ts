import { todayIn } from '@/lib/dates';
import { answersSchema } from '@/lib/relief-check/answers';
import { resultOn } from '@/lib/relief-check/flow';
import { STEP_COUNT } from '@/lib/relief-check/steps';
import { seal, unseal } from '@/lib/sealed';
import { z } from '@/lib/zod';
import { placeOf } from '@/lib/consultation/intake/check-place';
import type { ReliefCheckPageState } from '@/lib/consultation/intake/relief-check-request';

/**
 * The relief check without JavaScript, answered Post/Redirect/Get: each
 * press of a button posts the form, the server keeps the state it reached
 * in a cookie the browser can neither read nor alter, and redirects to the
 * page with only the place in the address (`?at=step-2`). The phone's Back
 * and Forward then move between ordinary pages, each shown again from the
 * latest answers, and no answer is ever in the address or a server log.
 */

/** Long enough to finish the check and come back to it; short, for a shared phone. */
export const CHECK_MAX_AGE_SECONDS = 30 * 60;
export const PLACE_PARAM = 'at';
/**
 * Browsers keep at most 4,096 bytes of a cookie, its name and attributes
 * included, so the sealed state is cut into pieces of this size, in
 * cookies named relief-check.0, relief-check.1…: a consultation form sent
 * back with a long message still fits.
 */
const PIECE = 3800;
const MOST_PIECES = 4;
export const CHECK_COOKIES = Array.from({ length: MOST_PIECES }, (_, index) => `relief-check.${index}`);

/** The cookies that hold `sealed`, in order; undefined when it is too large even for all of them. */
export function checkCookiePieces(sealed: string): { name: string; value: string }[] | undefined {
  const count = Math.ceil(sealed.length / PIECE);
  if (count > MOST_PIECES) return undefined;
  return Array.from({ length: count }, (_, index) => ({
    name: CHECK_COOKIES[index] ?? '',
    value: sealed.slice(index * PIECE, (index + 1) * PIECE),
  }));
}

/** The sealed state put back together from its cookies (`read` gives a cookie's value by name). */
export function sealedFromPieces(read: (name: string) => string | undefined): string | undefined {
  const pieces: string[] = [];
  for (const name of CHECK_COOKIES) {
    const piece = read(name);
    if (piece === undefined) break;
    pieces.push(piece);
  }
  return pieces.length > 0 ? pieces.join('') : undefined;
}
const PURPOSE = 'relief-check-state';

const savedSchema = z.object({
  expires: z.number(),
  // Written by this server and authenticated by the seal; its answers are checked again because a version of
  // the site with other questions may have sealed them.
  state: z.custom<ReliefCheckPageState>(
    (value) =>
      typeof value === 'object' &&
      value !== null &&
      'view' in value &&
      'answers' in value &&
      answersSchema.safeParse(value.answers).success,
  ),
});

export function sealCheckState(state: ReliefCheckPageState, secret: string, now: Date): string {
  return seal(JSON.stringify({ expires: now.getTime() + CHECK_MAX_AGE_SECONDS * 1000, state }), secret, PURPOSE);
}

/** What the check needs of Next.js's cookie store (`cookies()` from next/headers). */
type CookieJar = {
  get(name: string): { value: string } | undefined;
  has(name: string): boolean;
  set(
    name: string,
    value: string,
    options: { httpOnly: boolean; sameSite: 'lax'; secure: boolean; path: string; maxAge: number },
  ): unknown;
  delete(options: { name: string; path: string }): unknown;
};

/** The sealed state as the browser sent it back, put together from its cookies. */
export function sealedCheckState(jar: Pick<CookieJar, 'get'>): string | undefined {
  return sealedFromPieces((name) => jar.get(name)?.value);
}

/** Expires the check's cookies under `path` (the check's page in one language), from the `from`th piece on. */
export function forgetCheckState(jar: Pick<CookieJar, 'has' | 'delete'>, path: string, from = 0): void {
  for (const name of CHECK_COOKIES.slice(from)) if (jar.has(name)) jar.delete({ name, path });
}

/**
 * Keeps the state reached in the check's cookies under `path`; false, and
 * nothing kept, when it is too large even for all of them.
 */
export function keepCheckState(
  jar: CookieJar,
  state: ReliefCheckPageState,
  { path, secret, now, secure }: { path: string; secret: string; now: Date; secure: boolean },
): boolean {
  const pieces = checkCookiePieces(sealCheckState(state, secret, now));
  if (!pieces) return false;
  for (const { name, value } of pieces) {
    jar.set(name, value, { httpOnly: true, sameSite: 'lax', secure, path, maxAge: CHECK_MAX_AGE_SECONDS });
  }
  forgetCheckState(jar, path, pieces.length);
  return true;
}

/**
 * The state to show at `place`: the one the last press reached when the
 * page is that place, else that place rebuilt from the latest answers (the
 * page Back returns to). Undefined when there is nothing to show again: no
 * cookie, an altered or expired one, or a place that is not in the check.
 */
export function checkStateAt(
  place: string | undefined,
  cookie: string | undefined,
  { secret, now, timeZone }: { secret: string; now: Date; timeZone: string },
): ReliefCheckPageState | undefined {
  if (!place) return undefined;
  const plain = unseal(cookie, secret, PURPOSE);
  if (plain === undefined) return undefined;
  const saved = savedSchema.safeParse(JSON.parse(plain));
  if (!saved.success || saved.data.expires < now.getTime()) return undefined;
  const { state } = saved.data;
  const { answers } = state;
  if (placeOf(state) === place) return state;
  const step = /^step-(\d+)$/.exec(place);
  if (step) {
    const number = Number(step[1]);
    return number < STEP_COUNT ? { view: 'step', step: number, answers, errors: {} } : undefined;
  }
  if (place === 'review') return { view: 'review', answers };
  if (place === 'result') return resultOn(answers, todayIn(timeZone, now));
  // The consultation form is only shown again as it was left; from elsewhere, Forward to it shows the topics.
  if (place === 'send') return resultOn(answers, todayIn(timeZone, now));
  return undefined;
}
