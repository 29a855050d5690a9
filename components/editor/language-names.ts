import type { Locale } from '@/lib/routes';

/** The site's languages named in English, for the staff's editor. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', es: 'Spanish' };
