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

/**
 * The Flesch–Kincaid grade of an article's prose (paragraphs and list
 * items; not headings, tables or the footnotes, whose citations are not
 * written for reading aloud). Above the limit, one warning for each of the
 * hardest sentences, on its own line.
 */
export function checkReadability(body: ParsedBody): ContentProblem[] {
  const { grade, sentences } = readabilityOf(body);
  if (grade <= GRADE_LIMIT) return [];
  return hardestSentenceWarnings(
    body.file,
    sentences.map((sentence) => ({ ...sentence, hardness: sentence.grade })),
    (sentence) =>
      `the article reads at US grade ${grade.toFixed(1)} (Flesch–Kincaid), above ${GRADE_LIMIT}; one of its hardest sentences (grade ${sentence.grade.toFixed(1)}): "${shorten(sentence.text)}". Split it, or use shorter words`,
  );
}

/** One warning for each of the hardest sentences (highest `hardness` first), on its own line, in line order. */
export function hardestSentenceWarnings<S extends { line: number; hardness: number }>(
  file: string,
  sentences: readonly S[],
  message: (sentence: S) => string,
): ContentProblem[] {
  return [...sentences]
    .sort((a, b) => b.hardness - a.hardness)
    .slice(0, HARDEST_SHOWN)
    .sort((a, b) => a.line - b.line)
    .map((sentence) => ({
      file,
      line: sentence.line,
      column: 1,
      severity: 'warning' as const,
      rule: 'readability',
      message: message(sentence),
    }));
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
