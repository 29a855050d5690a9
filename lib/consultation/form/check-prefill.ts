import { stateOfStateCase, type Answers } from '@/lib/relief-check/answers';
import type { ConsultationValues } from '@/lib/consultation/form/schema';

/** Where the person is now, as the form asks it: held (in prison or by ICE), or free. */
function detentionOf(answers: Answers): ConsultationValues['detained'] {
  const held = ['prison', 'prison-ice-hold', 'immigration-detention'];
  if (answers.detainedNow === 'yes' || (answers.custody !== undefined && held.includes(answers.custody))) return 'yes';
  if (answers.detainedNow === 'no' && answers.custody === 'neither') return 'no';
  return undefined;
}

/** What the request is about, from the outcome, the custody and the status. */
function matterOf(answers: Answers): ConsultationValues['matter'] {
  if (answers.outcome === 'charged-no-plea') return 'facing-charges';
  if (answers.custody === 'immigration-detention' || answers.detainedNow === 'yes') return 'ice-detention';
  if (answers.status === 'removal-proceedings') return 'removal-proceedings';
  if (answers.outcome === 'plea' || answers.outcome === 'trial') return 'convicted';
  return undefined;
}

/**
 * What the relief check already knows, written into the consultation form
 * it opens, so a person does not type it twice: the next date (the
 * criminal court date or the hearing, the sooner of those given), the
 * state of a state case, whose case it is when it is their own, that they
 * are not a US citizen when they named their status, whether someone is
 * held now, and what the request is about.
 * Only a start: the person can change each one before sending.
 */
export function formValuesFromCheck(answers: Answers): ConsultationValues {
  const dates = [answers.courtDate, answers.hearingDate].filter((date): date is string => date !== undefined).sort();
  const [nextDate] = dates;
  const caseState = stateOfStateCase(answers);
  const detained = detentionOf(answers);
  const matter = matterOf(answers);
  return {
    ...(nextDate ? { hearingDate: nextDate } : {}),
    ...(answers.who === 'self' ? { forWhom: 'self' } : {}),
    // Every status the check offers but "I don't know" is a non-citizen's.
    ...(answers.status !== undefined && answers.status !== 'not-sure' ? { citizen: 'no' } : {}),
    ...(detained ? { detained } : {}),
    ...(matter ? { matter } : {}),
    ...(caseState ? { caseState } : {}),
  };
}
