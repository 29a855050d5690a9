import { createHmac, timingSafeEqual } from 'node:crypto';
import { HONEYPOT_FIELD } from './form-state';

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

function sign(issuedAt: number, secret: string): string {
  return createHmac('sha256', secret).update(String(issuedAt)).digest('base64url');
}

/** A token recording when the form was served, signed so it cannot be backdated. */
export function issueFormToken(now: Date, secret: string): string {
  const issuedAt = now.getTime();
  return `${issuedAt}.${sign(issuedAt, secret)}`;
}

export type TokenCheck = 'ok' | 'too-fast' | 'invalid';

export function checkFormToken(token: unknown, now: Date, minFillMs: number, secret: string): TokenCheck {
  if (typeof token !== 'string') return 'invalid';
  const [issued, signature] = token.split('.');
  const issuedAt = Number(issued);
  if (!signature || !Number.isSafeInteger(issuedAt)) return 'invalid';
  const expected = Buffer.from(sign(issuedAt, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  return now.getTime() - issuedAt < minFillMs ? 'too-fast' : 'ok';
}

/**
 * Sliding one-hour window per client address, in a bounded map: when full,
 * the least recently seen address is forgotten, so memory stays flat under
 * a flood of addresses.
 */
export class RateLimiter {
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
