'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { placeOf } from '@/lib/consultation/intake/check-place';
import { forgetCheckState, keepCheckState, PLACE_PARAM } from '@/lib/consultation/intake/check-revisit';
import { reliefCheckPageStep, type ReliefCheckPageState } from '@/lib/consultation/intake/relief-check-request';
import { getFormSecret } from '@/lib/consultation/runtime';
import { getFirm } from '@/lib/content';
import { RELIEF_CHECK_ANCHOR } from '@/lib/relief-check/form-fields';
import { env } from '@/lib/env';
import { DEFAULT_LOCALE, isLocale, pagePath, type Locale } from '@/lib/routes';

/**
 * One step of the relief check, and the consultation form it can end with
 * (lib/consultation/intake/relief-check-request.ts). Posted without JavaScript, it
 * answers with a redirect to the place reached (lib/consultation/intake/check-revisit.ts),
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
  const jar = await cookies();
  let state: ReliefCheckPageState;
  try {
    state = await reliefCheckPageStep(form, now, { timeZone: getFirm().timeZone, formSecret: getFormSecret() });
  } catch (error) {
    // A request sent is answered with a redirect to its confirmation: the answers are not kept for the next person.
    if (withoutScript) forgetCheckState(jar, path);
    throw error;
  }
  if (!withoutScript) return state;
  const secure = env.SITE_URL?.startsWith('https:') ?? false;
  // A state too large even for all the cookies is answered in place, as with JavaScript.
  if (!keepCheckState(jar, state, { path, secret: getFormSecret(), now, secure })) return state;
  // The fragment brings the reader to the check itself, past the page's title and introduction.
  redirect(`${path}?${PLACE_PARAM}=${placeOf(state)}#${RELIEF_CHECK_ANCHOR}`);
}
