import { describe, expect, it } from 'vitest';
import { clockTime } from '@/lib/dates';

const NBSP = '\u00a0';

describe('office hours as readers write them', () => {
  it('writes the 12-hour clock, with a.m. and p.m. the Spanish way', () => {
    expect(clockTime('09:00', 'en')).toBe(`9:00${NBSP}AM`);
    expect(clockTime('18:00', 'en')).toBe(`6:00${NBSP}PM`);
    expect(clockTime('09:00', 'es')).toBe(`9:00${NBSP}a.${NBSP}m.`);
    expect(clockTime('18:30', 'es')).toBe(`6:30${NBSP}p.${NBSP}m.`);
  });

  it('calls midnight 12 AM and noon 12 PM', () => {
    expect(clockTime('00:00', 'en')).toBe(`12:00${NBSP}AM`);
    expect(clockTime('12:00', 'en')).toBe(`12:00${NBSP}PM`);
    expect(clockTime('12:15', 'es')).toBe(`12:15${NBSP}p.${NBSP}m.`);
  });
});
