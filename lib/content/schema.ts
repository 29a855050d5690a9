import { z } from '@/lib/zod';
import { isCalendarDate } from '@/lib/dates';
import { calendarDate, flag, jurisdiction, list, reviewedText, slug, stateCode, text } from './fields';

/**
 * The contract staff write against (see CONTRIBUTING.md). Strict objects:
 * any key not listed is an error, which catches typos such as `descripton`.
 */
export const articleFrontmatterSchema = z
  .strictObject({
    title: text(10, 120, 'a title of 10 to 120 characters'),
    description: text(50, 160, 'a description of 50 to 160 characters'),
    date: calendarDate,
    updated: calendarDate.optional(),
    tags: list(slug, 'practice-area slugs').min(1, {
      error: 'is empty; add at least one practice-area slug, e.g. "- crimmigration"',
    }),
    author: slug.optional(),
    /** The attorney (a file name in content/attorneys) who checked the law in this article. */
    reviewedBy: slug.optional(),
    /** The day that attorney finished the review. */
    reviewed: calendarDate.optional(),
    reviewedText: reviewedText.optional(),
    /** Whose law the article explains: `federal`, `general`, or a state's two-letter code. */
    jurisdiction: jurisdiction.optional(),
    draft: flag.optional(),
    /** In a translation (content/es/articles): the file name of the English article it translates. */
    translationOf: slug.optional(),
    /** In a translation: the English article's `updated` (or `date`) when it was translated, so a later English change shows. */
    translatedFrom: calendarDate.optional(),
  })
  .superRefine((value, ctx) => {
    // A date that is not a day of the calendar has its own error: comparing it would only add a wrong one.
    if (value.updated && isCalendarDate(value.date) && value.updated < value.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['updated'],
        input: value.updated,
        message: `is ${value.updated}, before the publish date ${value.date}; use a date on or after ${value.date}`,
      });
    }
    if ((value.reviewedBy === undefined) !== (value.reviewed === undefined)) {
      const missing = value.reviewedBy === undefined ? 'reviewedBy' : 'reviewed';
      ctx.addIssue({
        code: 'custom',
        path: [missing],
        input: undefined,
        message:
          missing === 'reviewedBy'
            ? 'is missing; a review names the attorney who did it, e.g. "reviewedBy: lead-attorney"'
            : 'is missing; add the day the attorney finished the review, e.g. "reviewed: 2026-12-01"',
      });
    }
  });
export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;

/**
 * An attorney's review of text that states the law (a practice area, a FAQ
 * answer, a glossary entry, a legal page): who, when, and when the text last
 * changed. launch-check wants every one reviewed; content:check warns when
 * `updated` is later than `reviewed`.
 */
export const reviewFields = {
  reviewedBy: slug.optional(),
  reviewed: calendarDate.optional(),
  updated: calendarDate.optional(),
};

/**
 * A fingerprint of the text the attorney reviewed, written by the editor when
 * a review is recorded: a change to the text lapses the review
 * (lib/content/review.ts). Staff never type it.
 */
const documentReviewFields = { ...reviewFields, reviewedText: reviewedText.optional() };

export const practiceAreaFrontmatterSchema = z.strictObject({
  title: text(3, 80, 'a title of 3 to 80 characters'),
  description: text(50, 160, 'a description of 50 to 160 characters'),
  order: z.int({ error: (issue) => `expected a whole number such as 1, got ${JSON.stringify(issue.input)}` }),
  ...documentReviewFields,
});
export type PracticeAreaFrontmatter = z.infer<typeof practiceAreaFrontmatterSchema>;

/** An attorney's details that may still be samples; `biography` is the text below the frontmatter. */
export const SAMPLE_ATTORNEY_FACTS = [
  'name',
  'role',
  'barAdmissions',
  'federalCourts',
  'languages',
  'education',
  'biography',
] as const;
export type AttorneyFact = (typeof SAMPLE_ATTORNEY_FACTS)[number];

export const attorneyFrontmatterSchema = z.strictObject({
  name: text(3, 80, "the attorney's full name"),
  role: text(3, 80, 'a role such as "Founding attorney"'),
  /** The states whose bar admitted the attorney, by two-letter code: where the attorney may practise state law. */
  barAdmissions: list(stateCode, 'state codes, e.g. "- NY"'),
  /** The federal courts that admitted the attorney, by name: § 2255 motions, coram nobis, federal appeals and habeas need them. */
  federalCourts: list(
    text(5, 160),
    'federal courts, e.g. "- United States Court of Appeals for the Second Circuit"',
  ).default([]),
  languages: list(text(2, 40), 'languages').min(1, { error: 'is empty; add at least one language' }),
  education: list(text(2, 160), 'degrees and schools'),
  photo: z
    .strictObject({
      src: z.string().regex(/^\/[\w\-./]+\.(jpe?g|png|webp|avif)$/, {
        error: 'expected a path under public/ such as "/images/attorneys/name.jpg"',
      }),
      alt: text(5, 200, 'alt text that describes the photo'),
    })
    .optional(),
  order: z.int().default(100),
  /**
   * The attorney's GitHub account: in the editor's GitHub mode, only someone signed in as this
   * account may record a review in this attorney's name (docs/editor.md).
   */
  github: z
    .string()
    .regex(/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/, {
      error: (issue) => `expected a GitHub account name such as "jane-doe-esq", got ${JSON.stringify(issue.input)}`,
    })
    .optional(),
  /** Details the firm has not confirmed yet: shown marked as samples, left out of structured data. */
  placeholders: z
    .array(
      z.enum(SAMPLE_ATTORNEY_FACTS, {
        error: (issue) => `expected one of ${SAMPLE_ATTORNEY_FACTS.join(', ')}, got ${JSON.stringify(issue.input)}`,
      }),
    )
    .default([]),
});
export type AttorneyFrontmatter = z.infer<typeof attorneyFrontmatterSchema>;

/**
 * content/es/attorneys/<slug>.mdx: what of an attorney's page is in words.
 * The facts (name, admissions, photo) stay in the English file, once.
 */
export const attorneyTranslationSchema = z.strictObject({
  /** Only while the name is a sample ("Lead Attorney"): a placeholder in the reader's language. A real name is not translated. */
  name: text(3, 80, 'the sample name in Spanish, e.g. "Abogada o abogado principal"').optional(),
  role: text(3, 80, 'the role in Spanish, e.g. "Abogada fundadora"'),
  /** Degrees and schools in the reader's language: a school keeps its own name. */
  education: list(text(2, 160), 'degrees and schools, in Spanish').optional(),
  languages: list(text(2, 40), 'languages, named in Spanish').min(1, {
    error: 'is empty; add at least one language, e.g. "- español"',
  }),
});
export type AttorneyTranslation = z.infer<typeof attorneyTranslationSchema>;

export const pageFrontmatterSchema = z.strictObject({
  title: text(3, 80, 'a title of 3 to 80 characters'),
  description: text(50, 160, 'a description of 50 to 160 characters'),
  /** A page that explains the law, like an article: it shows the "not legal advice" notice and its review. */
  legalInformation: flag.optional(),
  ...documentReviewFields,
});
export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>;

export const faqSchema = list(
  z.strictObject({
    question: text(10, 160, 'the question as a reader would ask it'),
    answer: text(20, 600, 'a short answer in plain words'),
    article: slug,
    ...reviewFields,
  }),
  'questions',
);
export type FaqEntry = z.infer<typeof faqSchema>[number];

/** One entry of content/glossary.yaml: a word readers meet, defined in plain words. */
export const glossarySchema = list(
  z.strictObject({
    id: slug,
    term: text(2, 60, 'the term as a heading, e.g. "Coram nobis"'),
    /** The words in an article that mean this term; the first one used must link to it (<Term>). */
    forms: list(text(2, 60), 'the forms of the word found in articles, e.g. "coram nobis"').min(1, {
      error: 'is empty; add the word as articles write it, e.g. "- coram nobis"',
    }),
    definition: text(20, 320, 'one or two plain sentences'),
    ...reviewFields,
  }),
  'terms',
);
export type GlossaryTerm = z.infer<typeof glossarySchema>[number];

/** content/synonyms.yaml: what readers type, and the words the pages use for it. */
export const synonymsSchema = list(
  z.strictObject({
    words: list(text(2, 60, 'a word or phrase readers type'), 'words readers type').min(1, {
      error: 'is empty; add the words readers type, e.g. "- ICE"',
    }),
    means: list(text(2, 60, 'a word or phrase the pages use'), 'words the pages use').min(1, {
      error: 'is empty; add the words the pages use for it, e.g. "- detained"',
    }),
  }),
  'synonyms',
);
export type Synonym = z.infer<typeof synonymsSchema>[number];
