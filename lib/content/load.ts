import path from 'node:path';
import type { z } from 'zod';
import { firmSchema, type Firm } from './firm-schema';
import { createOutlineCache } from './outline-cache';
import { ContentError, type ContentProblem } from './problems';
import { readDocuments, readYamlFile, type Document, type ParsedBody } from './read';
import {
  articleFrontmatterSchema,
  attorneyFrontmatterSchema,
  practiceAreaFrontmatterSchema,
  faqSchema,
  pageFrontmatterSchema,
  type ArticleFrontmatter,
  type AttorneyFrontmatter,
  type FaqEntry,
  glossarySchema,
  type GlossaryTerm,
  synonymsSchema,
  type Synonym,
  type PageFrontmatter,
  type PracticeAreaFrontmatter,
} from './schema';
import {
  repeatedGlossaryWords,
  unknownFaqArticles,
  unknownPageReviewers,
  unknownReferences,
  validate,
} from './validate';

/**
 * Assembling: reads every file under `content/` (read.ts), validates each
 * and the references between them (validate.ts), and puts the site's
 * content together in the order pages list it.
 */

export type { ParsedBody } from './read';

export const FIRM_FILE = 'content/firm.yaml';
export const FAQ_FILE = 'content/faq.yaml';
export const GLOSSARY_FILE = 'content/glossary.yaml';
export const SYNONYMS_FILE = 'content/synonyms.yaml';

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
  glossary: GlossaryTerm[];
  synonyms: Synonym[];
};

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
  const faqFile = readYamlFile(projectRoot, FAQ_FILE, problems);
  const faq = (faqFile ? validate(FAQ_FILE, faqFile, faqSchema, problems) : undefined) ?? [];
  const glossaryFile = readYamlFile(projectRoot, GLOSSARY_FILE, problems);
  const glossary = (glossaryFile ? validate(GLOSSARY_FILE, glossaryFile, glossarySchema, problems) : undefined) ?? [];
  problems.push(...repeatedGlossaryWords(GLOSSARY_FILE, glossary));
  const synonymsFile = readYamlFile(projectRoot, SYNONYMS_FILE, problems);
  const synonyms = (synonymsFile ? validate(SYNONYMS_FILE, synonymsFile, synonymsSchema, problems) : undefined) ?? [];
  const slugsOf = (loaded: readonly { document: { slug: string } }[]) => loaded.map(({ document }) => document.slug);
  problems.push(
    ...unknownFaqArticles(FAQ_FILE, faq, slugsOf(articles)),
    ...unknownReferences(articles, slugsOf(practiceAreas), slugsOf(attorneys)),
    ...unknownPageReviewers(pages, slugsOf(attorneys)),
  );

  return {
    content: {
      firm,
      articles: articles.map(({ document }) => document).sort(newestFirst),
      practiceAreas: practiceAreas
        .map(({ document }) => document)
        .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title)),
      attorneys: attorneys
        .map(({ document }) => document)
        .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name)),
      pages: pages.map(({ document }) => document),
      faq,
      glossary,
      synonyms,
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
  const { content, problems } = readContent(path.resolve(projectRoot));
  const errors = problems.filter((problem) => problem.severity === 'error');
  const { firm } = content;
  if (errors.length > 0 || !firm) throw new ContentError(errors);
  return { ...content, firm };
}

function newestFirst(a: Article, b: Article): number {
  return b.date.localeCompare(a.date) || a.title.localeCompare(b.title);
}
