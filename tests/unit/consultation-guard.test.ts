import { describe, expect, it } from 'vitest';
import {
  checkFormToken,
  FORM_MAX_AGE_MS,
  honeypotFilled,
  issueFormToken,
  RateLimiter,
} from '@/lib/consultation/intake/guard';
import { formData } from './support/consultation';

const SECRET = 'a'.repeat(40);
const served = new Date('2026-11-27T10:00:00Z');
const later = (ms: number) => new Date(served.getTime() + ms);

describe('the time trap', () => {
  const token = issueFormToken(served, SECRET);

  it('lets a form through after the minimum fill time, naming the copy of the form', () => {
    const [, formId] = token.split('.');
    expect(checkFormToken(token, later(3_000), 3_000, SECRET)).toEqual({ status: 'ok', formId });
    expect(formId).toMatch(/^[a-f0-9]{32}$/);
  });

  it('gives every served form its own id', () => {
    const ids = new Set(Array.from({ length: 50 }, () => issueFormToken(served, SECRET).split('.')[1]));
    expect(ids.size).toBe(50);
  });

  it('stops a form sent sooner than a person could fill it', () => {
    expect(checkFormToken(token, later(2_999), 3_000, SECRET)).toEqual({ status: 'too-fast' });
  });

  it('asks for a fresh form once a day has passed', () => {
    expect(checkFormToken(token, later(FORM_MAX_AGE_MS), 3_000, SECRET).status).toBe('ok');
    expect(checkFormToken(token, later(FORM_MAX_AGE_MS + 1), 3_000, SECRET)).toEqual({ status: 'expired' });
  });

  it('refuses a backdated, re-labelled or forged token', () => {
    const [, formId, signature] = token.split('.');
    const invalid = { status: 'invalid' };
    expect(checkFormToken(`${served.getTime() - 60_000}.${formId}.${signature}`, later(10), 3_000, SECRET)).toEqual(
      invalid,
    );
    expect(checkFormToken(`${served.getTime()}.${'0'.repeat(32)}.${signature}`, later(5_000), 3_000, SECRET)).toEqual(
      invalid,
    );
    expect(checkFormToken(issueFormToken(served, 'b'.repeat(40)), later(5_000), 3_000, SECRET)).toEqual(invalid);
    expect(checkFormToken('garbage', later(5_000), 3_000, SECRET)).toEqual(invalid);
    expect(checkFormToken(null, later(5_000), 3_000, SECRET)).toEqual(invalid);
  });
});

describe('the honeypot', () => {
  it('is filled only when the hidden field has text', () => {
    expect(honeypotFilled(formData({ website: 'http://spam.example' }))).toBe(true);
    expect(honeypotFilled(formData({ website: '' }))).toBe(false);
    expect(honeypotFilled(formData({}))).toBe(false);
  });
});

describe('the rate limit per address', () => {
  it('allows the limit per hour, then refuses until the hour has passed', () => {
    const limiter = new RateLimiter(2);
    expect(limiter.take('203.0.113.5', 0)).toBe(true);
    expect(limiter.take('203.0.113.5', 1_000)).toBe(true);
    expect(limiter.take('203.0.113.5', 2_000)).toBe(false);
    expect(limiter.take('198.51.100.7', 2_000)).toBe(true);
    expect(limiter.take('203.0.113.5', 3_600_000)).toBe(true);
  });

  it('is off at 0', () => {
    const limiter = new RateLimiter(0);
    for (let i = 0; i < 100; i++) expect(limiter.take('203.0.113.5', i)).toBe(true);
  });

  it('remembers a bounded number of addresses, forgetting the least recent', () => {
    const limiter = new RateLimiter(1, 3_600_000, 3);
    for (const address of ['a', 'b', 'c', 'd']) limiter.take(address, 0);
    expect(limiter.size).toBe(3);
    expect(limiter.take('a', 1)).toBe(true); // forgotten, so allowed again
    expect(limiter.take('d', 1)).toBe(false); // still remembered
  });
});
