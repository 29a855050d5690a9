import type { Receipt } from '@/lib/consultation/intake/receipt';
import type { PadillaErrors, PadillaValues } from '@/lib/consultation/form/padilla-schema';
import type { ConsultationErrors, ConsultationValues } from '@/lib/consultation/form/schema';

/** What a request form's Server Action answers; the form renders each case. */
export type RequestFormState<Values, Errors> =
  | { status: 'idle' }
  | { status: 'invalid'; errors: Errors; values: Values }
  /** `formToken`: a fresh form, when the one sent had expired. `reason` names the message the form shows. */
  | { status: 'try-again'; reason: TryAgainReason; values: Values; formToken?: string }
  /**
   * `urgent` (lib/urgency.ts): the confirmation puts the call first; `callNow`: a plea today or tomorrow,
   * so it asks for a call now. `receipt`: what the confirmation shows back (not for a request that was
   * dropped as spam).
   */
  | { status: 'received'; reference: string; urgent?: boolean; callNow?: boolean; receipt?: Receipt };

/** Why a form was not accepted; each has its words under `form` in the message files. */
export type TryAgainReason = 'tryAgain' | 'rateLimited' | 'notSaved';

export type ConsultationFormState = RequestFormState<ConsultationValues, ConsultationErrors>;
/** The defense lawyer's Padilla request (the page for defense attorneys). */
export type PadillaFormState = RequestFormState<PadillaValues, PadillaErrors>;

export const IDLE = { status: 'idle' } as const;

/** Hidden fields of the form, read by the spam guard on the server. */
export const HONEYPOT_FIELD = 'website';
export const FORM_TOKEN_FIELD = 'formToken';

/** The consultation form's button when it is posted through the relief check's action, with the answers attached. */
export const CONSULT_INTENT = 'consult';
