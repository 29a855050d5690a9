import type { ParsedBody } from '@/lib/content/load';
import type { ContentProblem } from '@/lib/content/problems';
import { LONG_SENTENCE_WORDS, proseBlocks, sentenceWarnings, shorten } from './readability';

/**
 * Plain Spanish, measured: the INFLESZ scale (Szigriszt-Pazos's formula,
 * the one Spanish health writing is graded on) over an article's prose.
 * Below 55 the scale calls a text "algo difícil"; 55 and up is "normal" or
 * easier, what a reader with a primary education follows. CONTRIBUTING.md
 * ("Plain words, checked") says why that line.
 */
export const INFLESZ_LIMIT = 55;

const VOWELS = 'aeiouáéíóúü';
const STRONG = 'aeoáéó';
/** A weak vowel with a written accent breaks a diphthong (rí-o, pa-ís). */
const ACCENTED_WEAK = 'íú';

/** Syllables in one Spanish word, by its vowel nuclei: diphthongs and triphthongs are one, hiatus two. */
export function spanishSyllables(word: string): number {
  const letters = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  if (letters === '') return 0;
  // A final "y" sounds as a vowel ("hoy", "muy"), and "y" alone is a word of one syllable.
  const text = letters.replace(/y$/, 'i');
  let count = 0;
  let previous = '';
  for (const letter of text) {
    if (!VOWELS.includes(letter)) {
      previous = '';
      continue;
    }
    const hiatus =
      previous !== '' &&
      ((STRONG.includes(previous) && STRONG.includes(letter)) ||
        ACCENTED_WEAK.includes(previous) ||
        ACCENTED_WEAK.includes(letter));
    if (previous === '' || hiatus) count += 1;
    previous = letter;
  }
  return Math.max(count, 1);
}

type Counts = { sentences: number; words: number; syllables: number };

/** Szigriszt-Pazos: 206.835 − 62.3 × syllables per word − words per sentence. */
export function inflesz({ sentences, words, syllables }: Counts): number {
  if (words === 0 || sentences === 0) return 100;
  return 206.835 - (62.3 * syllables) / words - words / sentences;
}

type MeasuredSentence = { text: string; line: number; score: number; counts: Counts };

function measure(text: string, line: number): MeasuredSentence[] {
  return text
    .split(/(?<=[.!?…:;])\s+/)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => /\p{L}/u.test(sentence))
    .map((sentence) => {
      const words = sentence.match(/[\p{L}\p{N}]+/gu) ?? [];
      const counts = {
        sentences: 1,
        words: words.length,
        syllables: words.reduce((sum, word) => sum + spanishSyllables(word), 0),
      };
      return { text: sentence, line, counts, score: inflesz(counts) };
    });
}

/** The INFLESZ score of a Spanish body's prose. */
export function spanishReadability(body: ParsedBody): { score: number; sentences: MeasuredSentence[] } {
  const sentences = proseBlocks(body.tree).flatMap(({ text, line }) => measure(text, body.bodyLine + line - 1));
  const totals = sentences.reduce<Counts>(
    (sum, sentence) => ({
      sentences: sum.sentences + 1,
      words: sum.words + sentence.counts.words,
      syllables: sum.syllables + sentence.counts.syllables,
    }),
    { sentences: 0, words: 0, syllables: 0 },
  );
  return { score: inflesz(totals), sentences };
}

/** Below 40 the INFLESZ scale calls a text "muy difícil"; a sentence this far below is hard on its own. */
const HARD_SENTENCE_SCORE = 30;
/**
 * Below this many words one sentence's score says little; more than in
 * English, since the English term glossed in parentheses ("(stay of
 * removal)") weighs heavily in a short Spanish sentence.
 */
const FEWEST_WORDS_SCORED = 20;

/** Each sentence hard on its own, and the article when it is below the limit (see `sentenceWarnings`). */
export function checkSpanishReadability(body: ParsedBody): ContentProblem[] {
  const { score, sentences } = spanishReadability(body);
  const tooHard = score < INFLESZ_LIMIT;
  const articleTooHard = `the article scores ${score.toFixed(1)} on the INFLESZ scale, below ${INFLESZ_LIMIT} ("normal")`;
  return sentenceWarnings({
    file: body.file,
    sentences: sentences.map((sentence) => ({
      ...sentence,
      // A lower score is harder to read.
      hardness: -sentence.score,
      hardAlone:
        (sentence.counts.words >= FEWEST_WORDS_SCORED && sentence.score < HARD_SENTENCE_SCORE) ||
        sentence.counts.words > LONG_SENTENCE_WORDS,
    })),
    articleTooHard: tooHard ? articleTooHard : undefined,
    sentenceMessage: (sentence) =>
      `${tooHard ? `${articleTooHard}; one of its hardest sentences` : 'a hard sentence'} (INFLESZ ${sentence.score.toFixed(1)}, ${sentence.counts.words} words): "${shorten(sentence.text)}". Split it, or use shorter words`,
  });
}
