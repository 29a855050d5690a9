import type { StateCode } from './states';

/**
 * Where the firm's lawyers may defend a criminal case: the states whose
 * bars admitted any of them (content/attorneys). A criminal case in
 * another state needs a lawyer admitted there; the immigration side is
 * federal law, which the firm can advise on wherever the case is.
 * `sample` while any attorney's admissions are a sample the firm has not
 * confirmed: what is said from them is marked so.
 */
export type Admissions = { states: readonly StateCode[]; sample: boolean };

type AdmittedAttorney = { barAdmissions: readonly StateCode[]; placeholders: readonly string[] };

export function admissionsOf(attorneys: readonly AdmittedAttorney[]): Admissions {
  return {
    states: [...new Set(attorneys.flatMap((attorney) => attorney.barAdmissions))],
    sample: attorneys.some((attorney) => attorney.placeholders.includes('barAdmissions')),
  };
}

/** The state of a case none of the firm's lawyers is admitted in; undefined when the state is not known or is one of theirs. */
export function outOfState(state: StateCode | undefined, admissions: Admissions): StateCode | undefined {
  return state !== undefined && !admissions.states.includes(state) ? state : undefined;
}
