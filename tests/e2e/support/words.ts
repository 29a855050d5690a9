import { createTranslator } from 'next-intl';
import { messagesFor, type Messages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/routes';

/** The interface's words in one language, as the site says them, for assertions that follow the message files. */
export function wordsIn<N extends keyof Messages>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace });
}

export function englishWords<N extends keyof Messages>(namespace: N) {
  return wordsIn('en', namespace);
}
