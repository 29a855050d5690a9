import { fleschKincaid } from 'flesch-kincaid';
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Paragraph as NlcstParagraph, Root as NlcstRoot, Sentence } from 'nlcst';
import retextEnglish from 'retext-english';
import { syllable } from 'syllable';
import { unified } from 'unified';
import type { ParsedBody } from '@/lib/content/load';
import type { ContentProblem } from '@/lib/content/problems';

/** Readers are often anxious and often read English as a second language: US grade 8 at most. */
export const GRADE_LIMIT = 8;
const HARDEST_SHOWN = 3;

type Counts = { sentence: number; word: number; syllable: number };
type MeasuredSentence = { text: string; line: number; grade: number; counts: Counts };

const english = unified().use(retextEnglish);

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

function readabilityOf(body: ParsedBody): { grade: number; sentences: MeasuredSentence[] } {
  const sentences = proseBlocks(body.tree).flatMap(({ text, line }) => measure(text, body.bodyLine + line - 1));
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

function measure(text: string, firstLine: number): MeasuredSentence[] {
  const tree = english.parse(text) as NlcstRoot;
  const sentences: MeasuredSentence[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of (paragraph as NlcstParagraph).children) {
      if (sentence.type !== 'SentenceNode') continue;
      const words = wordsOf(sentence);
      if (words.length === 0) continue;
      const counts = { sentence: 1, word: words.length, syllable: syllable(words.join(' ')) };
      sentences.push({
        text: textOf(sentence),
        line: firstLine + (sentence.position?.start.line ?? 1) - 1,
        counts,
        grade: fleschKincaid(counts),
      });
    }
  }
  return sentences;
}

function wordsOf(sentence: Sentence): string[] {
  return sentence.children
    .flatMap((child) =>
      child.type === 'WordNode' ? [child.children.map((part) => ('value' in part ? part.value : '')).join('')] : [],
    )
    .filter((word) => /\p{L}/u.test(word));
}

function textOf(sentence: Sentence): string {
  return sentence.children
    .map((child) => ('value' in child ? child.value : child.children.map((part) => part.value).join('')))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

export function shorten(text: string): string {
  return text.length > 90 ? `${text.slice(0, 87)}…` : text;
}
