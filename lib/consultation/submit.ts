import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { after } from 'next/server';
import { env } from '@/lib/env';
import type { Attachment } from '@/lib/relief-check/attachment';
import { DEFAULT_LOCALE, consultationReceivedPath, isLocale } from '@/lib/routes';
import { clientAddress } from './client-address';
import type { ConsultationFormState } from './form-state';
import { acceptConsultation } from './intake';
import { RECEIPT_COOKIE, RECEIPT_MAX_AGE_SECONDS, sealReceipt } from './receipt';
import { getFormSecret, intakeDeps } from './runtime';

/**
 * One post of the consultation form, from the contact page or from the
 * relief check (with `reliefCheck`, what the person chose to send from it):
 * accepted (and then answered with a redirect to the confirmation:
 * Post/Redirect/Get, so a refresh cannot post it again) or answered with
 * what to fix.
 */
export async function submitConsultation(form: FormData, reliefCheck?: Attachment): Promise<ConsultationFormState> {
  const address = clientAddress(await headers(), env.TRUST_PROXY);
  const state = await acceptConsultation(
    { form, clientAddress: address, now: new Date(), reliefCheck },
    intakeDeps(after),
  );
  if (state.status === 'received') {
    if (state.receipt) {
      (await cookies()).set(RECEIPT_COOKIE, sealReceipt(state.receipt, getFormSecret(), new Date()), {
        httpOnly: true,
        sameSite: 'lax',
        secure: env.SITE_URL?.startsWith('https:') ?? false,
        path: '/',
        maxAge: RECEIPT_MAX_AGE_SECONDS,
      });
    }
    const edition = form.get('siteLanguage');
    const locale = isLocale(edition) ? edition : DEFAULT_LOCALE;
    redirect(consultationReceivedPath(state.reference, { callFirst: state.urgent === true }, locale));
  }
  return state;
}
