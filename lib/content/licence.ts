import type { Jurisdiction } from './fields';
import type { StateCode } from './states';
import type { Attorney } from './load';

/**
 * Whether the firm's attorneys may handle the law an article explains: a
 * state's courts need a lawyer admitted in that state (ABA Model Rule 5.5),
 * federal post-conviction work a lawyer admitted to a federal court. Read
 * from the attorneys' files, so the note an article ends with is never typed
 * by hand.
 */
export type LicenceGap = { kind: 'state'; state: StateCode } | { kind: 'federal' };

export function licenceGap(
  jurisdiction: Jurisdiction | undefined,
  attorneys: readonly Attorney[],
): LicenceGap | undefined {
  if (!jurisdiction || jurisdiction === 'general') return undefined;
  if (jurisdiction === 'federal') {
    return attorneys.some((attorney) => attorney.federalCourts.length > 0) ? undefined : { kind: 'federal' };
  }
  return attorneys.some((attorney) => attorney.barAdmissions.includes(jurisdiction))
    ? undefined
    : { kind: 'state', state: jurisdiction };
}
