import fs from 'node:fs';
import path from 'node:path';
import type { z } from '@/lib/zod';
import { DEFAULT_LOCALE, type Locale } from '@/lib/routes';
import { firmSchema, firmTranslationSchema, type Firm } from './firm-schema';
import { languageHelpSchema, type LanguageHelp } from './language-help';
import { createOutlineCache } from './outline-cache';
import { ContentError, type ContentProblem } from './problems';
import { fileSlugs, readDocuments, readYamlFile, type Document, type LoadedDocument, type ParsedBody } from './read';
import {
  articleFrontmatterSchema,
  attorneyFrontmatterSchema,
  attorneyTranslationSchema,
  practiceAreaFrontmatterSchema,
  type AttorneyTranslation,
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
import { articleTranslationProblems, misplacedTranslations, unmatchedTranslations } from './translations';
import { repeatedGlossaryWords, unknownFaqArticles, unknownReviewers, unknownReferences, validate } from './validate';

/**
 * Assembling: reads every file under `content/` (read.ts), validates each
 * and the references between them (validate.ts), and puts the site's
 * content together in the order pages list it, once per language. English
 * is `content/`; a translation is the same layout under `content/<locale>/`
 * (today `content/es/`), where articles say which English one they
 * translate (`translationOf`) and other files share the English file name.
 */

export type { ParsedBody } from './read';

/** The language a translation is written in: every site language but English. */
export type TranslatedLocale = Exclude<Locale, 'en'>;
export const TRANSLATED_LOCALES: readonly TranslatedLocale[] = ['es'];

/** Where a language's content lives: `content` for English, `content/es` for Spanish. */
export function contentFolder(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? 'content' : `content/${locale}`;
}

export const FIRM_FILE = 'content/firm.yaml';
export const FAQ_FILE = 'content/faq.yaml';
export const GLOSSARY_FILE = 'content/glossary.yaml';
export const SYNONYMS_FILE = 'content/synonyms.yaml';
/** One file for both editions: each paragraph is in its own language. */
export const LANGUAGE_HELP_FILE = 'content/help-in-your-language.yaml';

export type Article = ArticleFrontmatter & Document;
export type PracticeArea = PracticeAreaFrontmatter & Document;
/** An attorney; on a translated site, the English facts with the translated role, languages and biography when there are any. */
export type Attorney = AttorneyFrontmatter & Document;
/** What the header, footer and sample notice show of each attorney: plain data, so the 404 page can send it to the browser. */
export type FrameAttorney = Pick<Attorney, 'barAdmissions' | 'federalCourts' | 'placeholders'>;
export type Page = PageFrontmatter & Document;

export type SiteContent = {
  locale: Locale;
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
  /** The page "Help in your language": a paragraph in each of the ten languages, the same in every edition. */
  languageHelp: LanguageHelp;
};

type PartialSite = Omit<SiteContent, 'firm' | 'languageHelp'> & { firm?: Firm; languageHelp?: LanguageHelp };

export type ContentReading = {
  /** Everything that validated, in English; the firm is missing only when its file is broken. */
  content: PartialSite;
  /** The same for each translation; empty where `content/<locale>/` does not exist. */
  translations: Record<TranslatedLocale, PartialSite>;
  problems: ContentProblem[];
  /** Parsed bodies of every language, only when read with `keepTrees` (the content check). */
  bodies: (ParsedBody & { locale: Locale })[];
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
  const yaml = <S extends z.ZodType>(file: string, schema: S) => {
    const parsed = readYamlFile(projectRoot, file, problems);
    return { value: parsed ? validate(file, parsed, schema, problems) : undefined, keyLines: parsed?.keyLines };
  };
  const bodies: ContentReading['bodies'] = [];
  const keepBodies = (locale: Locale, loaded: readonly LoadedDocument<object>[]) =>
    bodies.push(...loaded.flatMap(({ body }) => (body ? [{ ...body, locale }] : [])));

  const firmFile = yaml(FIRM_FILE, firmSchema);
  const firm = firmFile.value;
  const practiceAreas = documents<PracticeAreaFrontmatter>('content/practice-areas', practiceAreaFrontmatterSchema);
  const attorneys = documents<AttorneyFrontmatter>('content/attorneys', attorneyFrontmatterSchema);
  const articles = documents<ArticleFrontmatter>('content/articles', articleFrontmatterSchema);
  const pages = documents<PageFrontmatter>('content/pages', pageFrontmatterSchema);
  const faq = yaml(FAQ_FILE, faqSchema).value ?? [];
  const glossary = yaml(GLOSSARY_FILE, glossarySchema).value ?? [];
  problems.push(...repeatedGlossaryWords(GLOSSARY_FILE, glossary));
  const synonyms = yaml(SYNONYMS_FILE, synonymsSchema).value ?? [];
  const languageHelp = yaml(LANGUAGE_HELP_FILE, languageHelpSchema).value;
  problems.push(
    ...unknownFaqArticles(FAQ_FILE, faq, fileSlugs(projectRoot, 'content/articles')),
    ...unknownReferences(articles, slugsOf(practiceAreas), slugsOf(attorneys)),
    ...unknownReviewers([...articles, ...pages, ...practiceAreas], slugsOf(attorneys)),
    ...misplacedTranslations(articles, fileSlugs(projectRoot, 'content/articles')),
  );
  keepBodies(DEFAULT_LOCALE, [...practiceAreas, ...attorneys, ...articles, ...pages]);
  const english = assemble(DEFAULT_LOCALE, {
    firm,
    practiceAreas,
    attorneys,
    articles,
    pages,
    faq,
    glossary,
    synonyms,
    languageHelp,
  });

  const translations = Object.fromEntries(
    TRANSLATED_LOCALES.map((locale) => {
      const folder = contentFolder(locale);
      if (!fs.existsSync(path.join(projectRoot, folder))) {
        return [
          locale,
          { ...english, locale, articles: [], practiceAreas: [], pages: [], faq: [], glossary: [], synonyms: [] },
        ];
      }
      const translatedFirm = yaml(`${folder}/firm.yaml`, firmTranslationSchema).value;
      const areas = documents<PracticeAreaFrontmatter>(`${folder}/practice-areas`, practiceAreaFrontmatterSchema);
      const attorneyTexts = documents<AttorneyTranslation>(`${folder}/attorneys`, attorneyTranslationSchema);
      const translatedArticles = documents<ArticleFrontmatter>(`${folder}/articles`, articleFrontmatterSchema);
      const translatedPages = documents<PageFrontmatter>(`${folder}/pages`, pageFrontmatterSchema);
      const translatedFaq = yaml(`${folder}/faq.yaml`, faqSchema).value ?? [];
      const translatedGlossary = yaml(`${folder}/glossary.yaml`, glossarySchema).value ?? [];
      problems.push(...repeatedGlossaryWords(`${folder}/glossary.yaml`, translatedGlossary));
      const translatedSynonyms = yaml(`${folder}/synonyms.yaml`, synonymsSchema).value ?? [];
      problems.push(
        ...unknownFaqArticles(`${folder}/faq.yaml`, translatedFaq, slugsOf(translatedArticles)),
        ...unknownReferences(translatedArticles, slugsOf(practiceAreas), slugsOf(attorneys)),
        ...unknownReviewers([...translatedArticles, ...translatedPages, ...areas], slugsOf(attorneys)),
        ...articleTranslationProblems(translatedArticles, fileSlugs(projectRoot, 'content/articles')),
        ...unmatchedTranslations(areas, 'content/practice-areas', slugsOf(practiceAreas)),
        ...unmatchedTranslations(attorneyTexts, 'content/attorneys', slugsOf(attorneys)),
        ...unmatchedTranslations(translatedPages, 'content/pages', slugsOf(pages)),
      );
      keepBodies(locale, [...areas, ...attorneyTexts, ...translatedArticles, ...translatedPages]);
      const textOf = new Map(attorneyTexts.map(({ document }) => [document.slug, document]));
      return [
        locale,
        assemble(locale, {
          firm: firm && translatedFirm ? { ...firm, ...translatedFirm } : firm,
          practiceAreas: areas,
          attorneys: attorneys.map((loaded) => {
            const text = textOf.get(loaded.document.slug);
            return text ? { ...loaded, document: { ...loaded.document, ...text } } : loaded;
          }),
          articles: translatedArticles,
          pages: translatedPages,
          faq: translatedFaq,
          glossary: translatedGlossary,
          synonyms: translatedSynonyms,
          languageHelp,
        }),
      ];
    }),
  ) as Record<TranslatedLocale, PartialSite>;
  cache.save();

  return { content: english, translations, problems, bodies, firmKeyLines: firmFile.keyLines ?? new Map() };
}

function slugsOf(loaded: readonly { document: { slug: string } }[]): string[] {
  return loaded.map(({ document }) => document.slug);
}

type Loaded<F> = readonly { document: F & Document }[];

function assemble(
  locale: Locale,
  parts: {
    firm: Firm | undefined;
    practiceAreas: Loaded<PracticeAreaFrontmatter>;
    attorneys: Loaded<AttorneyFrontmatter>;
    articles: Loaded<ArticleFrontmatter>;
    pages: Loaded<PageFrontmatter>;
    faq: FaqEntry[];
    glossary: GlossaryTerm[];
    synonyms: Synonym[];
    languageHelp: LanguageHelp | undefined;
  },
): PartialSite {
  const documents = <F>(loaded: Loaded<F>) => loaded.map(({ document }) => document);
  return {
    locale,
    firm: parts.firm,
    articles: documents(parts.articles).sort(newestFirst),
    practiceAreas: documents(parts.practiceAreas).sort((a, b) => a.order - b.order || a.title.localeCompare(b.title)),
    attorneys: documents(parts.attorneys).sort((a, b) => a.order - b.order || a.name.localeCompare(b.name)),
    pages: documents(parts.pages),
    faq: parts.faq,
    glossary: parts.glossary,
    synonyms: parts.synonyms,
    languageHelp: parts.languageHelp,
  };
}

/**
 * The validated site content. Throws a ContentError listing every problem,
 * so a bad file stops `next build` and the tests with the file, the field
 * and what to write instead.
 */
export function loadSite(projectRoot: string): Record<Locale, SiteContent> {
  const { content, translations, problems } = readContent(path.resolve(projectRoot));
  const errors = problems.filter((problem) => problem.severity === 'error');
  const complete = (site: PartialSite): SiteContent => {
    if (errors.length > 0 || !site.firm || !site.languageHelp) throw new ContentError(errors);
    return { ...site, firm: site.firm, languageHelp: site.languageHelp };
  };
  return {
    [DEFAULT_LOCALE]: complete(content),
    ...Object.fromEntries(TRANSLATED_LOCALES.map((locale) => [locale, complete(translations[locale])])),
  } as Record<Locale, SiteContent>;
}

/** One language's validated content (English unless told). */
export function loadContent(projectRoot: string, locale: Locale = DEFAULT_LOCALE): SiteContent {
  return loadSite(projectRoot)[locale];
}

function newestFirst(a: Article, b: Article): number {
  return b.date.localeCompare(a.date) || a.title.localeCompare(b.title);
}
