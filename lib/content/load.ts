import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { z } from 'zod';
import { readCollection, validate } from './collection';
import { firmSchema, type Firm } from './firm-schema';
import { parseYaml } from './frontmatter';
import { outlineOf, parseMdxBody, readingMinutes, type TocHeading } from './outline';
import { createOutlineCache } from './outline-cache';
import { ContentError, contentError, type ContentProblem } from './problems';
import {
  articleFrontmatterSchema,
  attorneyFrontmatterSchema,
  practiceAreaFrontmatterSchema,
  faqSchema,
  pageFrontmatterSchema,
  type ArticleFrontmatter,
  type AttorneyFrontmatter,
  type FaqEntry,
  type PageFrontmatter,
  type PracticeAreaFrontmatter,
} from './schema';

export const FIRM_FILE = 'content/firm.yaml';
export const FAQ_FILE = 'content/faq.yaml';

type Document = { slug: string; file: string; headings: TocHeading[]; plainText: string; readingMinutes: number };
export type Article = ArticleFrontmatter & Document;
export type PracticeArea = PracticeAreaFrontmatter & Document;
export type Attorney = AttorneyFrontmatter & Document;
export type Page = PageFrontmatter & Document;

export type SiteContent = {
  firm: Firm;
  /** Every valid article, drafts and future posts included; see `publication.ts`. */
  articles: Article[];
  practiceAreas: PracticeArea[];
  attorneys: Attorney[];
  /** Firm pages such as /about, /privacy and /disclaimer. */
  pages: Page[];
  faq: FaqEntry[];
};

/** A content file's body as parsed, kept for the content check. */
export type ParsedBody = { file: string; slug: string; tree: Root; bodyLine: number; keyLines: ReadonlyMap<string, number> };

export type ContentReading = {
  /** Everything that validated; the firm is missing only when its file is broken. */
  content: Omit<SiteContent, 'firm'> & { firm?: Firm };
  problems: ContentProblem[];
  /** Parsed bodies, only when read with `keepTrees` (the content check). */
  bodies: ParsedBody[];
  firmKeyLines: ReadonlyMap<string, number>;
};

/**
 * Reads and validates everything under `content/`, collecting every problem
 * instead of stopping at the first, so a staff member sees them all at once.
 */
export function readContent(projectRoot: string, { keepTrees = false } = {}): ContentReading {
  const problems: ContentProblem[] = [];
  const cache = createOutlineCache(projectRoot);
  const documents = <F extends object>(folder: string, schema: z.ZodType<F, unknown>) =>
    readDocuments(projectRoot, folder, schema, problems, cache, keepTrees);
  const firmFile = readYamlFile(projectRoot, FIRM_FILE, problems);
  const firm = firmFile ? validate(FIRM_FILE, firmFile, firmSchema, problems) : undefined;
  const practiceAreas = documents<PracticeAreaFrontmatter>('content/practice-areas', practiceAreaFrontmatterSchema);
  const attorneys = documents<AttorneyFrontmatter>('content/attorneys', attorneyFrontmatterSchema);
  const articles = documents<ArticleFrontmatter>('content/articles', articleFrontmatterSchema);
  const pages = documents<PageFrontmatter>('content/pages', pageFrontmatterSchema);
  cache.save();
  const faq = loadFaq(projectRoot, articles.map(({ document }) => document.slug), problems);
  problems.push(
    ...unknownReferences(
      articles,
      practiceAreas.map(({ document }) => document.slug),
      attorneys.map(({ document }) => document.slug),
    ),
  );

  return {
    content: {
      firm,
      articles: articles.map(({ document }) => document).sort(newestFirst),
      practiceAreas: practiceAreas
        .map(({ document }) => document)
        .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title)),
      attorneys: attorneys.map(({ document }) => document).sort((a, b) => a.order - b.order || a.name.localeCompare(b.name)),
      pages: pages.map(({ document }) => document),
      faq,
    },
    problems,
    bodies: [...practiceAreas, ...attorneys, ...articles, ...pages].flatMap(({ body }) => (body ? [body] : [])),
    firmKeyLines: firmFile?.keyLines ?? new Map(),
  };
}

/**
 * The validated site content. Throws a ContentError listing every problem,
 * so a bad file stops `next build` and the tests with the file, the field
 * and what to write instead.
 */
export function loadContent(projectRoot: string): SiteContent {
  const { content, problems } = readContent(projectRoot);
  const errors = problems.filter((problem) => problem.severity === 'error');
  const { firm } = content;
  if (errors.length > 0 || !firm) throw new ContentError(errors);
  return { ...content, firm };
}

/** Tags must name a practice area and authors an attorney: a typo would otherwise give a dead link. */
function unknownReferences(
  articles: readonly Loaded<ArticleFrontmatter>[],
  areaSlugs: readonly string[],
  attorneySlugs: readonly string[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { document: article, keyLines } of articles) {
    for (const tag of article.tags) {
      if (!areaSlugs.includes(tag)) {
        problems.push(
          contentError(article.file, 'tags', `unknown practice area "${tag}"; use one of: ${areaSlugs.join(', ')}`, 'unknown-tag', keyLines.get('tags')),
        );
      }
    }
    if (article.author && !attorneySlugs.includes(article.author)) {
      const known = attorneySlugs.length > 0 ? `use one of: ${attorneySlugs.join(', ')}` : 'add the attorney under content/attorneys/ first';
      problems.push(
        contentError(article.file, 'author', `unknown attorney "${article.author}"; ${known}, or remove the line to credit the firm`, 'unknown-author', keyLines.get('author')),
      );
    }
  }
  return problems;
}

function readYamlFile(projectRoot: string, file: string, problems: ContentProblem[]) {
  const absolute = path.join(projectRoot, file);
  if (!fs.existsSync(absolute)) {
    problems.push(contentError(file, undefined, 'is missing; restore it from the repository history', 'file-missing'));
    return undefined;
  }
  return parseYaml(fs.readFileSync(absolute, 'utf8'));
}

function loadFaq(projectRoot: string, articleSlugs: readonly string[], problems: ContentProblem[]): FaqEntry[] {
  const parsed = readYamlFile(projectRoot, FAQ_FILE, problems);
  const faq = parsed ? validate(FAQ_FILE, parsed, faqSchema, problems) : undefined;
  for (const entry of faq ?? []) {
    if (!articleSlugs.includes(entry.article)) {
      problems.push(
        contentError(FAQ_FILE, 'article', `no article "${entry.article}" (question "${entry.question}"); use the file name of an article in content/articles without .mdx`, 'unknown-article'),
      );
    }
  }
  return faq ?? [];
}

type Loaded<F> = { document: F & Document; keyLines: ReadonlyMap<string, number>; body?: ParsedBody };

function readDocuments<F extends object>(
  projectRoot: string,
  folder: string,
  schema: z.ZodType<F, unknown>,
  problems: ContentProblem[],
  cache: ReturnType<typeof createOutlineCache>,
  keepTrees: boolean,
): Loaded<F>[] {
  const loaded = readCollection(projectRoot, folder, schema);
  problems.push(...loaded.problems);
  const result: Loaded<F>[] = [];
  for (const entry of loaded.entries) {
    const key = cache.key(entry.body);
    const cached = keepTrees ? undefined : cache.get(key);
    let tree: Root | undefined;
    let outline = cached;
    if (!outline) {
      try {
        tree = parseMdxBody(entry.body);
      } catch (error) {
        problems.push(mdxSyntaxProblem(entry.file, entry.bodyLine, error));
        continue;
      }
      outline = outlineOf(tree);
      cache.set(key, outline);
    }
    const document: F & Document = {
      ...entry.frontmatter,
      slug: entry.slug,
      file: entry.file,
      headings: outline.headings,
      plainText: outline.plainText,
      readingMinutes: readingMinutes(outline.wordCount),
    };
    const body = tree && keepTrees ? { file: entry.file, slug: entry.slug, tree, bodyLine: entry.bodyLine, keyLines: entry.keyLines } : undefined;
    result.push({ document, keyLines: entry.keyLines, body });
  }
  return result;
}

function mdxSyntaxProblem(file: string, bodyLine: number, error: unknown): ContentProblem {
  const { line, column, reason } = error as { line?: number; column?: number; reason?: string };
  const text = reason ?? String(error);
  // Some parser errors (an unclosed tag) carry their place only inside the reason, counted from the body's start.
  const quoted = /\((\d+):(\d+)/.exec(text);
  const bodyRelativeLine = line ?? (quoted ? Number(quoted[1]) : undefined);
  const message = text.replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/g, '');
  return {
    ...contentError(file, undefined, `the text cannot be read as MDX: ${message}${mdxHint(message)}`, 'mdx-syntax', bodyRelativeLine ? bodyLine + bodyRelativeLine - 1 : bodyLine),
    column: column ?? (quoted ? Number(quoted[2]) : 1),
  };
}

/** What to do about the parser errors staff meet most. */
function mdxHint(message: string): string {
  if (/closing tag|end of file in element|expected the closing tag/i.test(message)) {
    return '. Hint: close every component, e.g. <Callout> … </Callout>';
  }
  if (/before name|after `<`|character that can start a name/i.test(message)) {
    return '. Hint: a bare "<" starts a tag in MDX; write "less than" or "&lt;" instead';
  }
  if (/expression|acorn|`\{`/i.test(message)) {
    return '. Hint: a "{" starts code in MDX; write "\\{" or reword the sentence';
  }
  return '';
}

function newestFirst(a: Article, b: Article): number {
  return b.date.localeCompare(a.date) || a.title.localeCompare(b.title);
}
