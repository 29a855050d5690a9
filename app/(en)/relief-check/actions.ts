'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import {
  CHECK_COOKIE,
  CHECK_COOKIE_LIMIT,
  CHECK_MAX_AGE_SECONDS,
  PLACE_PARAM,
  placeOf,
  sealCheckState,
} from '@/lib/consultation/check-revisit';
import { CONSULT_INTENT } from '@/lib/consultation/form-state';
import { reliefCheckPageStep, type ReliefCheckPageState } from '@/lib/consultation/relief-check-request';
import { getFormSecret } from '@/lib/consultation/runtime';
import { getFirm } from '@/lib/content';
import { env } from '@/lib/env';
import { DEFAULT_LOCALE, isLocale, pagePath, type Locale } from '@/lib/routes';

/**
 * One step of the relief check, and the consultation form it can end with
 * (lib/consultation/relief-check-request.ts). Posted without JavaScript, it
 * answers with a redirect to the place reached (lib/consultation/check-revisit.ts),
 * so the phone's Back button never asks to send the form again.
 */
export async function reliefCheckStep(
  locale: Locale,
  _previous: ReliefCheckPageState,
  form: FormData,
): Promise<ReliefCheckPageState> {
  const now = new Date();
  // The browser's own script posts with this header; a plain form post (JavaScript off) does not.
  const withoutScript = !(await headers()).has('next-action');
  // `locale` is bound by the page, not sent by the browser: checked all the same, as everything a post carries.
  const path = pagePath('reliefCheck', isLocale(locale) ? locale : DEFAULT_LOCALE);
  // Once the request is sent (a redirect to its confirmation), the answers are not kept for the next person.
  if (withoutScript && form.get('intent') === CONSULT_INTENT) (await cookies()).delete({ name: CHECK_COOKIE, path });
  const state = await reliefCheckPageStep(form, now, { timeZone: getFirm().timeZone, formSecret: getFormSecret() });
  if (!withoutScript) return state;
  const sealed = sealCheckState(state, getFormSecret(), now);
  // A state too large for a cookie (a long consultation form sent back with mistakes) is answered in place, as before.
  if (sealed.length > CHECK_COOKIE_LIMIT) return state;
  (await cookies()).set(CHECK_COOKIE, sealed, {
    httpOnly: true,
    sameSite: 'lax',
    secure: env.SITE_URL?.startsWith('https:') ?? false,
    path,
    maxAge: CHECK_MAX_AGE_SECONDS,
  });
  redirect(`${path}?${PLACE_PARAM}=${placeOf(state)}`);
}
