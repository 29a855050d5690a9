import type { ReliefCheckPageState } from '@/lib/consultation/intake/relief-check-request';

/**
 * Where in the check a page is: a step (numbered from 0), the review, the
 * topics, or the form to send them. Without JavaScript it is the address
 * (`?at=step-2`); with it, the browser's history entry. No answer is in it.
 */
export type CheckPlace = `step-${number}` | 'review' | 'result' | 'send';

export function placeOf(state: ReliefCheckPageState): CheckPlace {
  return state.view === 'step' ? `step-${state.step}` : state.view;
}
