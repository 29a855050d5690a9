import type { Firm, FirmFact } from './firm-schema';

/**
 * Whether the firm has not confirmed a fact yet, so pages mark it as a
 * sample. A module of its own, with types only from the schema: the phone
 * link runs in the browser, and importing the schema would ship zod there.
 */
export function isSampleFact(firm: Pick<Firm, 'placeholders'>, fact: FirmFact): boolean {
  return firm.placeholders.includes(fact);
}
