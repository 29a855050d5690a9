import en from './messages/en.json';
import es from './messages/es.json';
import type { Locale } from '@/lib/routes';

/** The interface's words: one file per language with the same keys (tests/unit/messages.test.ts checks both ways). */
export type Messages = typeof en;

const MESSAGES: Record<Locale, Messages> = { en, es };

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}
