import { describe, expect, it } from 'vitest';
import { admissionsOf, outOfState } from '@/lib/content/admissions';

describe("where the firm's lawyers may defend a criminal case", () => {
  const newYork = { barAdmissions: ['NY'] as const, placeholders: [] };
  const newJersey = { barAdmissions: ['NJ', 'NY'] as const, placeholders: ['barAdmissions'] };

  it("is every state any attorney's bar admitted, once, marked a sample while any of them is", () => {
    expect(admissionsOf([newYork])).toEqual({ states: ['NY'], sample: false });
    expect(admissionsOf([newYork, newJersey])).toEqual({ states: ['NY', 'NJ'], sample: true });
  });

  it('names a case in another state, and nothing for a state of theirs or a state not given', () => {
    const admissions = admissionsOf([newYork]);
    expect(outOfState('TX', admissions)).toBe('TX');
    expect(outOfState('NY', admissions)).toBeUndefined();
    expect(outOfState(undefined, admissions)).toBeUndefined();
  });
});
