import { stateOfStateCase, type Answers } from '@/lib/relief-check/answers';
import type { ConsultationValues } from './schema';

/**
 * What the relief check already knows, written into the consultation form
 * it opens, so a person does not type it twice: the next date (the
 * criminal court date or the hearing, the sooner of those given), the
 * state of a state case, and, for a person charged who has not pleaded,
 * what the request is about.
 * Only a start: the person can change each one before sending.
 */
export function formValuesFromCheck(answers: Answers): ConsultationValues {
  const dates = [answers.courtDate, answers.hearingDate].filter((date): date is string => date !== undefined).sort();
  const [nextDate] = dates;
  const caseState = stateOfStateCase(answers);
  return {
    ...(nextDate ? { hearingDate: nextDate } : {}),
    ...(answers.outcome === 'charged-no-plea' ? { matter: 'facing-charges' } : {}),
    ...(caseState ? { caseState } : {}),
  };
}
