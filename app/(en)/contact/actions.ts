'use server';

import type { ConsultationFormState } from '@/lib/consultation/form-state';
import { submitConsultation } from '@/lib/consultation/submit';

export async function requestConsultation(
  _previous: ConsultationFormState,
  form: FormData,
): Promise<ConsultationFormState> {
  return submitConsultation(form);
}
