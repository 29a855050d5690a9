import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { getFirm } from '@/lib/content';
import { DEFAULT_LOCALE, LOCALES } from '@/lib/routes';
import { messagesFor } from './messages';

// next-intl reads this once per request, or once per page at build time.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(LOCALES, requested) ? requested : DEFAULT_LOCALE;
  return { locale, messages: messagesFor(locale), timeZone: getFirm().timeZone };
});
