import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { after } from 'next/server';
import { env } from '@/lib/env';
import type { Attachment } from '@/lib/relief-check/attachment';
import { DEFAULT_LOCALE, consultationReceivedPath, isLocale, type ReceivedRequest } from '@/lib/routes';
import { clientAddress } from '@/lib/consultation/intake/client-address';
import type { ConsultationFormState, PadillaFormState, RequestFormState } from '@/lib/consultation/form/form-state';
import { acceptConsultation, acceptPadillaRequest, type Submission } from '@/lib/consultation/intake/intake';
import { RECEIPT_COOKIE, RECEIPT_MAX_AGE_SECONDS, sealReceipt } from '@/lib/consultation/intake/receipt';
import { getFormSecret, intakeDeps } from '@/lib/consultation/runtime';

/**
 * One post of the consultation form, from the contact page or from the
 * relief check (with `reliefCheck`, what the person chose to send from it):
 * accepted (and then answered with a redirect to the confirmation:
 * Post/Redirect/Get, so a refresh cannot post it again) or answered with
 * what to fix.
 */
export async function submitConsultation(form: FormData, reliefCheck?: Attachment): Promise<ConsultationFormState> {
  return answer(form, await acceptConsultation(await submission(form, reliefCheck), intakeDeps(after)), 'consultation');
}

/** One post of a defense lawyer's Padilla request, answered the same way. */
export async function submitPadillaRequest(form: FormData): Promise<PadillaFormState> {
  return answer(form, await acceptPadillaRequest(await submission(form), intakeDeps(after)), 'padilla');
}

async function submission(form: FormData, reliefCheck?: Attachment): Promise<Submission> {
  return { form, clientAddress: clientAddress(await headers(), env.TRUST_PROXY), now: new Date(), reliefCheck };
}

async function answer<State extends RequestFormState<unknown, object>>(
  form: FormData,
  state: State,
  request: ReceivedRequest,
): Promise<State> {
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
    const call = state.callNow ? 'now' : state.urgent ? 'first' : undefined;
    redirect(consultationReceivedPath(state.reference, { call, request }, locale));
  }
  return state;
}
