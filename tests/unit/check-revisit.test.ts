import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkCookiePieces,
  checkStateAt,
  forgetCheckState,
  keepCheckState,
  sealedCheckState,
  sealCheckState,
  sealedFromPieces,
} from '@/lib/consultation/intake/check-revisit';
import { placeOf } from '@/lib/consultation/intake/check-place';
import { parseCases, runCase } from '@/lib/relief-check/cases';
import type { Answers } from '@/lib/relief-check/answers';
import { resultOn } from '@/lib/relief-check/flow';

const TABLE = parseCases(fs.readFileSync(path.join(__dirname, '../fixtures/relief-check-cases.yaml'), 'utf8'));
const SECRET = 'a test secret that is long enough to be a real one';
const TIME_ZONE = 'America/New_York';
// Noon in New York on the table's day, so "today" where the firm is, is the table's today.
const NOW = new Date(`${TABLE.today}T17:00:00Z`);
const deps = { secret: SECRET, now: NOW, timeZone: TIME_ZONE };
const answers: Answers = { court: 'federal', who: 'self' };

describe('the relief check shown again without JavaScript (Post/Redirect/Get)', () => {
  it('shows the place the last press reached exactly as it was, errors included', () => {
    const state = { view: 'step', step: 1, answers, errors: { custody: 'chooseOne' } } as const;
    const cookie = sealCheckState(state, SECRET, NOW);
    expect(placeOf(state)).toBe('step-1');
    expect(checkStateAt('step-1', cookie, deps)).toEqual(state);
  });

  it('rebuilds an earlier place from the latest answers: the page Back returns to', () => {
    const cookie = sealCheckState({ view: 'review', answers }, SECRET, NOW);
    expect(checkStateAt('step-0', cookie, deps)).toEqual({ view: 'step', step: 0, answers, errors: {} });
    expect(checkStateAt('result', cookie, deps)).toEqual(resultOn(answers, TABLE.today));
  });

  it('shows nothing again for a missing, altered, foreign, expired or unknown place', () => {
    const cookie = sealCheckState({ view: 'review', answers }, SECRET, NOW);
    expect(checkStateAt(undefined, cookie, deps)).toBeUndefined();
    expect(checkStateAt('review', undefined, deps)).toBeUndefined();
    expect(checkStateAt('review', `${cookie.slice(0, -2)}AA`, deps)).toBeUndefined();
    expect(
      checkStateAt('review', cookie, { ...deps, secret: 'another secret entirely, also long enough' }),
    ).toBeUndefined();
    expect(checkStateAt('review', cookie, { ...deps, now: new Date(NOW.getTime() + 31 * 60 * 1000) })).toBeUndefined();
    expect(checkStateAt('step-99', cookie, deps)).toBeUndefined();
    expect(checkStateAt('elsewhere', cookie, deps)).toBeUndefined();
  });

  it('keeps no answer readable in the cookie, and every case of the table fits in one cookie', () => {
    let largest = 0;
    for (const reliefCase of TABLE.cases) {
      const { answers: caseAnswers } = runCase(reliefCase, TABLE.today);
      const cookie = sealCheckState(resultOn(caseAnswers, TABLE.today), SECRET, NOW);
      largest = Math.max(largest, cookie.length);
      if (caseAnswers.court) expect(cookie).not.toContain(caseAnswers.court);
    }
    // One cookie is 4,096 bytes with its name and attributes: every case of the table fits in one.
    expect(largest).toBeLessThan(3800);
  });

  it('cuts a large state (a consultation form sent back with a long message) into cookies, and puts it back together', () => {
    const message = 'Mi hijo fue detenido. '.repeat(140);
    const state = {
      view: 'send',
      answers,
      attachment: { answers, topics: [] },
      formToken: 'token',
      consultation: { status: 'invalid', errors: { message: 'messageTooLong' }, values: { message } },
    } as unknown as Parameters<typeof sealCheckState>[0];
    const sealed = sealCheckState(state, SECRET, NOW);
    const pieces = checkCookiePieces(sealed);
    expect(pieces?.length).toBeGreaterThan(1);
    const jar = new Map(pieces?.map(({ name, value }) => [name, value]));
    expect(sealedFromPieces((name) => jar.get(name))).toBe(sealed);
    expect(
      checkStateAt(
        'send',
        sealedFromPieces((name) => jar.get(name)),
        deps,
      ),
    ).toEqual(state);
    expect(checkCookiePieces('x'.repeat(4 * 3800 + 1))).toBeUndefined();
  });

  it('keeps a smaller state over a larger one without leaving the larger one’s last pieces behind', () => {
    const jar = new Map<string, string>();
    const cookies = {
      get: (name: string) => (jar.has(name) ? { value: jar.get(name) ?? '' } : undefined),
      has: (name: string) => jar.has(name),
      set: (name: string, value: string) => jar.set(name, value),
      delete: ({ name }: { name: string }) => jar.delete(name),
    };
    const options = { path: '/relief-check', secret: SECRET, now: NOW, secure: false };
    const long = { view: 'review', answers: { ...answers, state: 'NY' } } as const;
    const big = {
      ...long,
      view: 'send',
      attachment: { answers, topics: [] },
      formToken: 'token',
      consultation: { status: 'invalid', errors: {}, values: { message: 'x'.repeat(6000) } },
    } as unknown as Parameters<typeof sealCheckState>[0];
    expect(keepCheckState(cookies, big, options)).toBe(true);
    expect(jar.size).toBeGreaterThan(1);
    expect(keepCheckState(cookies, long, options)).toBe(true);
    expect(jar.size).toBe(1);
    expect(checkStateAt('review', sealedCheckState(cookies), deps)).toEqual(long);
    forgetCheckState(cookies, options.path);
    expect(jar.size).toBe(0);
  });
});
