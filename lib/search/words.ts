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

/**
 * Words that say nothing of what a page is about. Left out of the index and
 * of every query, so "manejar en estado de ebriedad" looks for "manejar",
 * "estado" and "ebriedad", and never finds every page for its "de".
 */
const STOP_WORDS: Record<Locale, ReadonlySet<string>> = {
  en: new Set(
    'a an and are as at be by did do does for from had has have he her his i if in is it its me my of on or our she so than that the their them they this to us was we were what when where which who will with you your'.split(
      ' ',
    ),
  ),
  es: new Set(
    'a al algo como con de del el ella ellas ellos en era es esa ese eso esta este esto fue ha hay la las le les lo los me mi mis muy no nos o para pero por que se sea si sin son su sus te tu un una uno unos unas y ya yo'.split(
      ' ',
    ),
  ),
};

export function isStopWord(word: string, locale: Locale): boolean {
  return STOP_WORDS[locale].has(foldAccents(word.toLowerCase()));
}

/** The index's form of a word in this language's search, or null for a word it leaves out. */
export function termProcessor(locale: Locale): (term: string) => string | null {
  const form = locale === 'es' ? spanishTerm : (term: string) => term.toLowerCase();
  return (term) => (isStopWord(term, locale) ? null : form(term));
}
