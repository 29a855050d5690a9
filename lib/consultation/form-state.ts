import type { Receipt } from './receipt';
import type { ConsultationErrors, ConsultationValues } from './schema';

/** What the Server Action answers; the form renders each case. */
export type ConsultationFormState =
  | { status: 'idle' }
  | { status: 'invalid'; errors: ConsultationErrors; values: ConsultationValues }
  /** `formToken`: a fresh form, when the one sent had expired. `reason` names the message the form shows. */
  | { status: 'try-again'; reason: TryAgainReason; values: ConsultationValues; formToken?: string }
  /**
   * `urgent` (lib/urgency.ts): the confirmation puts the call first. `receipt`: what the confirmation
   * shows back (not for a request that was dropped as spam).
   */
  | { status: 'received'; reference: string; urgent?: boolean; receipt?: Receipt };

/** Why a form was not accepted; each has its words under `form` in the message files. */
export type TryAgainReason = 'tryAgain' | 'rateLimited' | 'notSaved';

export const IDLE: ConsultationFormState = { status: 'idle' };

/** Hidden fields of the form, read by the spam guard on the server. */
export const HONEYPOT_FIELD = 'website';
export const FORM_TOKEN_FIELD = 'formToken';

/** The consultation form's button when it is posted through the relief check's action, with the answers attached. */
export const CONSULT_INTENT = 'consult';
