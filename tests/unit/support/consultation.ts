import { acceptedRequest } from '@/lib/consultation/intake/intake';
import { consultationSchema, type ConsultationRequest } from '@/lib/consultation/form/schema';
import type { StoredRequest } from '@/lib/consultation/outbox/spool-format';

/** A complete, valid form as a browser posts it. */
export const VALID_FORM: Record<string, string> = {
  name: 'Ana Pérez',
  forWhom: 'self',
  email: 'ana@example.com',
  phone: '+1 (212) 555-0199',
  language: 'spanish',
  citizen: 'no',
  matter: 'convicted',
  detained: 'no',
  hearingDate: '',
  message: 'Drug charge, plea in 2019',
  consent: 'yes',
};

/** The same request after validation. */
export const VALID_REQUEST: ConsultationRequest = consultationSchema.parse(VALID_FORM);

export function formData(fields: Record<string, string | undefined>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) form.set(key, value);
  return form;
}

/** The same request as the outbox stores it: nothing about it is urgent. */
export const STORED_REQUEST: StoredRequest = acceptedRequest(VALID_REQUEST, undefined, '2026-11-27');
