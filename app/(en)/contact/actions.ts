'use server';

import type { ConsultationFormState } from '@/lib/consultation/form/form-state';
import { submitConsultation } from '@/lib/consultation/intake/submit';

export async function requestConsultation(
  _previous: ConsultationFormState,
  form: FormData,
): Promise<ConsultationFormState> {
  return submitConsultation(form);
}
