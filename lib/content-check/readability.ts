import { fleschKincaid } from 'flesch-kincaid';
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { syllable } from 'syllable';
import type { ParsedBody } from '@/lib/content/load';
import type { ContentProblem } from '@/lib/content/problems';

/** Readers are often anxious and often read English as a second language: US grade 8 at most. */
export const GRADE_LIMIT = 8;
const HARDEST_SHOWN = 3;

type Counts = { sentence: number; word: number; syllable: number };
type MeasuredSentence = { text: string; line: number; grade: number; counts: Counts };

/** A sentence this long is hard to hold in mind in a second language, whatever the article's average. */
export const LONG_SENTENCE_WORDS = 35;
/** A sentence at this grade is hard alone (grade 14: college). */
const HARD_SENTENCE_GRADE = 14;
/** Below this many words a formula's score of one sentence says little: "Immigration consequences." is not hard. */
const FEWEST_WORDS_SCORED = 15;

/**
 * The Flesch–Kincaid grade of an article's prose (paragraphs and list
 * items; not headings, tables or the footnotes, whose citations are not
 * written for reading aloud). A sentence that is hard on its own is named
 * on its line even when the average passes, since one such sentence can
 * hold the point a reader needs; a plain sentence is never blamed for the
 * average.
 */
export function checkReadability(body: ParsedBody): ContentProblem[] {
  const { grade, sentences } = readabilityOf(body);
  const tooHard = grade > GRADE_LIMIT;
  return sentenceWarnings({
    file: body.file,
    sentences: sentences.map((sentence) => ({
      ...sentence,
      hardness: sentence.grade,
      hardAlone:
        (sentence.counts.word >= FEWEST_WORDS_SCORED && sentence.grade > HARD_SENTENCE_GRADE) ||
        sentence.counts.word > LONG_SENTENCE_WORDS,
    })),
    articleTooHard: tooHard
      ? `the article reads at US grade ${grade.toFixed(1)} (Flesch–Kincaid), above ${GRADE_LIMIT}`
      : undefined,
    sentenceMessage: (sentence) =>
      `${tooHard ? `the article reads at US grade ${grade.toFixed(1)} (Flesch–Kincaid), above ${GRADE_LIMIT}; one of its hardest sentences` : 'a hard sentence'} (grade ${sentence.grade.toFixed(1)}, ${sentence.counts.word} words): "${shorten(sentence.text)}". Split it, or use shorter words`,
  });
}

type Judged = { line: number; hardness: number; hardAlone: boolean };

/**
 * The readability warnings of one article, English or Spanish: each
 * sentence hard on its own (the hardest three, on their lines); when the
 * article is too hard but no sentence is, one warning on its first line of
 * prose, since then the fix is many small ones.
 */
export function sentenceWarnings<S extends Judged>(options: {
  file: string;
  sentences: readonly S[];
  /** Why the whole article is too hard, when it is. */
  articleTooHard: string | undefined;
  sentenceMessage: (sentence: S) => string;
}): ContentProblem[] {
  const { file, sentences, articleTooHard, sentenceMessage } = options;
  const warning = (line: number, message: string): ContentProblem => ({
    file,
    line,
    column: 1,
    severity: 'warning',
    rule: 'readability',
    message,
  });
  const hard = sentences.filter((sentence) => sentence.hardAlone);
  if (hard.length === 0) {
    if (!articleTooHard || sentences.length === 0) return [];
    const firstLine = Math.min(...sentences.map((sentence) => sentence.line));
    return [
      warning(
        firstLine,
        `${articleTooHard}, though no one sentence is hard on its own; shorten some of the longer sentences and prefer short, common words`,
      ),
    ];
  }
  return [...hard]
    .sort((a, b) => b.hardness - a.hardness)
    .slice(0, HARDEST_SHOWN)
    .sort((a, b) => a.line - b.line)
    .map((sentence) => warning(sentence.line, sentenceMessage(sentence)));
}

export function readabilityOf(body: ParsedBody): { grade: number; sentences: MeasuredSentence[] } {
  const sentences = proseBlocks(body.tree).flatMap(({ text, line }) =>
    measureSentences(text, body.bodyLine + line - 1),
  );
  const totals = sentences.reduce<Counts>(
    (sum, sentence) => ({
      sentence: sum.sentence + 1,
      word: sum.word + sentence.counts.word,
      syllable: sum.syllable + sentence.counts.syllable,
    }),
    { sentence: 0, word: 0, syllable: 0 },
  );
  return { grade: totals.sentence === 0 ? 0 : fleschKincaid(totals), sentences };
}

/** The prose of a body: paragraphs and list items, not headings, tables, code or footnotes. */
export function proseBlocks(tree: Nodes): { text: string; line: number }[] {
  const blocks: { text: string; line: number }[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'heading' || node.type === 'footnoteDefinition' || node.type === 'table' || node.type === 'code')
      return;
    if (node.type === 'paragraph') {
      blocks.push({ text: toString(node, { includeHtml: false }), line: node.position?.start.line ?? 1 });
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return blocks;
}

const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });
/**
 * A break the segmenter finds after an initial or a short title ("U.S.",
 * "Mr.", "v.") is not the end of a sentence: "the U.S. Supreme Court".
 */
const ABBREVIATION_AT_END = /(?:^|[\s(])(?:(?:\p{L}\.)+|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Nos|vs?|e\.g|i\.e|etc)\.)\s*$/u;

/** The sentences of a block of prose, each with the offset it starts at. */
function sentencesIn(text: string): { text: string; index: number }[] {
  const sentences: { text: string; index: number }[] = [];
  // A line break inside a paragraph is a space to a reader; to the segmenter it would end a sentence.
  for (const { segment, index } of SENTENCES.segment(text.replaceAll('\n', ' '))) {
    const previous = sentences.at(-1);
    // Nor is a stop inside quotes or brackets when the words go on in lower case: ("Help me?") sends…
    if (previous && (ABBREVIATION_AT_END.test(previous.text) || /^\p{Ll}/u.test(segment))) previous.text += segment;
    else sentences.push({ text: segment, index });
  }
  return sentences;
}

/** A word as a reader counts one: an initialism ("U.S.C."), or letters and digits joined by a hyphen or an apostrophe ("no-contest", "court's"). */
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function measureSentences(prose: string, firstLine: number): MeasuredSentence[] {
  // A footnote mark right after a sentence's stop ends that sentence, as it always has in these counts.
  const text = prose.replace(/([.!?])(\[\^)/g, '$1\u2029$2');
  const pieces = sentencesIn(text).flatMap(({ text: sentence, index }) => {
    const at = sentence.indexOf('\u2029');
    return at === -1
      ? [{ text: sentence, index }]
      : [
          { text: sentence.slice(0, at), index },
          { text: sentence.slice(at + 1), index: index + at + 1 },
        ];
  });
  return pieces.flatMap((sentence) => {
    const words = (sentence.text.match(WORD) ?? []).filter((word) => /\p{L}/u.test(word));
    if (words.length === 0) return [];
    const counts = { sentence: 1, word: words.length, syllable: syllable(words.join(' ')) };
    const leadingSpace = sentence.text.length - sentence.text.trimStart().length;
    const linesBefore = text.slice(0, sentence.index + leadingSpace).split('\n').length - 1;
    return [
      {
        text: sentence.text.replace(/\s+/g, ' ').trim(),
        line: firstLine + linesBefore,
        counts,
        grade: fleschKincaid(counts),
      },
    ];
  });
}

export function shorten(text: string): string {
  return text.length > 90 ? `${text.slice(0, 87)}…` : text;
}
