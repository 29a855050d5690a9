import { createHmac, timingSafeEqual } from 'node:crypto';
import { HONEYPOT_FIELD } from '@/lib/consultation/form/form-state';
import { isFormId, newFormId } from '@/lib/consultation/intake/reference';

/**
 * Spam defences that cost a real person nothing: no CAPTCHA.
 * - a honeypot field people never see (bots fill every field);
 * - a signed "form served at" time (bots post at once);
 * - a per-address hourly limit.
 */

export function honeypotFilled(form: FormData): boolean {
  const value = form.get(HONEYPOT_FIELD);
  return typeof value === 'string' && value.trim() !== '';
}

/** How long a served form may be sent; older forms are asked to send again with a fresh one. */
export const FORM_MAX_AGE_MS = 24 * 3_600_000;

function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/**
 * A token for one served form: when it was served and a random id for this
 * copy of the form, signed so neither can be forged. The id makes a repeat
 * post of the same form (a double click, a refresh, a retry) one request.
 */
export function issueFormToken(now: Date, secret: string): string {
  const payload = `${now.getTime()}.${newFormId()}`;
  return `${payload}.${sign(payload, secret)}`;
}

export type TokenCheck = { status: 'ok'; formId: string } | { status: 'too-fast' | 'expired' | 'invalid' };

export function checkFormToken(token: unknown, now: Date, minFillMs: number, secret: string): TokenCheck {
  if (typeof token !== 'string') return { status: 'invalid' };
  const [issued, formId, signature] = token.split('.');
  const issuedAt = Number(issued);
  if (!formId || !signature || !Number.isSafeInteger(issuedAt) || !isFormId(formId)) return { status: 'invalid' };
  const expected = Buffer.from(sign(`${issued}.${formId}`, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { status: 'invalid' };
  const age = now.getTime() - issuedAt;
  if (age < minFillMs) return { status: 'too-fast' };
  if (age > FORM_MAX_AGE_MS) return { status: 'expired' };
  return { status: 'ok', formId };
}

/** The hourly limit per client address: in this process (below) or in PostgreSQL (postgres-rate-limiter.ts). */
export type RateLimit = {
  /** Records a request from `key`; false when that address is over its limit. A limit of 0 turns it off. */
  take(key: string, now: number): boolean | Promise<boolean>;
};

/**
 * Sliding one-hour window per client address, in a bounded map: when full,
 * the least recently seen address is forgotten, so memory stays flat under
 * a flood of addresses.
 */
export class RateLimiter implements RateLimit {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 3_600_000,
    private readonly capacity = 10_000,
  ) {}

  /** Records a request from `key`; false when that address is over its limit. A limit of 0 turns it off. */
  take(key: string, now: number): boolean {
    if (this.limit === 0) return true;
    const recent = (this.hits.get(key) ?? []).filter((at) => now - at < this.windowMs);
    this.hits.delete(key);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(now);
    this.hits.set(key, recent);
    if (this.hits.size > this.capacity) {
      const oldest = this.hits.keys().next();
      if (!oldest.done) this.hits.delete(oldest.value);
    }
    return true;
  }

  get size(): number {
    return this.hits.size;
  }
}
