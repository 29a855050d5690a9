import { stemmer as spanishStemmer } from '@orama/stemmers/spanish';
import type { Locale } from '@/lib/routes';

/**
 * How a word is indexed and looked up in each language. Spanish readers
 * often type without accents ("deportacion") and in other forms
 * ("deportaciones", "deportado"), so Spanish words are stemmed (Snowball,
 * by @orama/stemmers) and their accents dropped, in the index and in the
 * query alike.
 */

/** "Deportación" → "deportacion": one character for one, so positions in the text stay the same. */
export function foldAccents(text: string): string {
  return Array.from(text, (character) => {
    const base = character.normalize('NFD').replace(/\p{M}/gu, '');
    return base.length === 1 ? base : character;
  }).join('');
}

// The stemmer knows "-ción" and "-sión" only with their accent, and typed words often lack it.
const UNACCENTED_ENDING = /([cs])ion$/;

export function spanishTerm(term: string): string {
  const lower = term.toLowerCase().replace(UNACCENTED_ENDING, '$1ión');
  return foldAccents(spanishStemmer(lower));
}

/** The index's form of a word in this language's search. */
export function termProcessor(locale: Locale): (term: string) => string {
  return locale === 'es' ? spanishTerm : (term) => term.toLowerCase();
}
