'use server';

import type { PadillaFormState } from '@/lib/consultation/form/form-state';
import { submitPadillaRequest } from '@/lib/consultation/intake/submit';

export async function requestPadillaConsultation(
  _previous: PadillaFormState,
  form: FormData,
): Promise<PadillaFormState> {
  return submitPadillaRequest(form);
}
