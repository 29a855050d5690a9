'use server';

import type { PadillaFormState } from '@/lib/consultation/form-state';
import { submitPadillaRequest } from '@/lib/consultation/submit';

export async function requestPadillaConsultation(
  _previous: PadillaFormState,
  form: FormData,
): Promise<PadillaFormState> {
  return submitPadillaRequest(form);
}
