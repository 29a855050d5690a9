import type { ConsultationErrors, ConsultationValues } from './schema';

/** What the Server Action answers; the form renders each case. */
export type ConsultationFormState =
  | { status: 'idle' }
  | { status: 'invalid'; errors: ConsultationErrors; values: ConsultationValues }
  /** `formToken`: a fresh form, when the one sent had expired. */
  | { status: 'try-again'; message: string; values: ConsultationValues; formToken?: string }
  /** `detained`: someone is detained, so the confirmation puts the call first. */
  | { status: 'received'; reference: string; detained?: boolean };

export const IDLE: ConsultationFormState = { status: 'idle' };

/** Hidden fields of the form, read by the spam guard on the server. */
export const HONEYPOT_FIELD = 'website';
export const FORM_TOKEN_FIELD = 'formToken';
