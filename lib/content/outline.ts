import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

export type TocHeading = { depth: 2 | 3; text: string; id: string; line: number };

export type Outline = {
  headings: TocHeading[];
  /** The words a reader reads, without markup: for reading time and search. */
  plainText: string;
  wordCount: number;
};

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Parses an MDX body into its syntax tree. Throws the MDX parser's error (with position) on bad syntax. */
export function parseMdxBody(body: string): Root {
  return parser.parse(body);
}

/**
 * Headings (with the same ids rehype-slug gives them on the page) and plain
 * text of an article body.
 */
export function outlineOf(tree: Root): Outline {
  const slugger = new GithubSlugger();
  const headings: TocHeading[] = [];
  visit(tree, 'heading', (node: Heading) => {
    const text = toString(node);
    const id = slugger.slug(text);
    if (node.depth === 2 || node.depth === 3) {
      headings.push({ depth: node.depth, text, id, line: node.position?.start.line ?? 0 });
    }
  });
  // One string per block, so words of adjacent paragraphs or cells do not run together.
  const blocks: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      blocks.push(toString(node));
      return SKIP;
    }
    return undefined;
  });
  const plainText = blocks.join(' ').replace(/\s+/g, ' ').trim();
  const wordCount = plainText === '' ? 0 : plainText.split(' ').length;
  return { headings, plainText, wordCount };
}

/** Minutes to read at a slow, careful pace: many readers read English as a second language. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 180));
}
