'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { after } from 'next/server';
import { clientAddress } from '@/lib/consultation/client-address';
import type { ConsultationFormState } from '@/lib/consultation/form-state';
import { acceptConsultation } from '@/lib/consultation/intake';
import { intakeDeps } from '@/lib/consultation/runtime';
import { env } from '@/lib/env';
import { DEFAULT_LOCALE, consultationReceivedPath, isLocale } from '@/lib/routes';

export async function requestConsultation(
  _previous: ConsultationFormState,
  form: FormData,
): Promise<ConsultationFormState> {
  const address = clientAddress(await headers(), env.TRUST_PROXY);
  const state = await acceptConsultation({ form, clientAddress: address, now: new Date() }, intakeDeps(after));
  // Post/Redirect/Get: a refresh of the confirmation cannot post the form again.
  if (state.status === 'received') {
    const edition = form.get('siteLanguage');
    const locale = isLocale(edition) ? edition : DEFAULT_LOCALE;
    redirect(consultationReceivedPath(state.reference, { callFirst: state.detained === true }, locale));
  }
  return state;
}
