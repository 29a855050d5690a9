import { z } from 'zod';
import { calendarDate, flag, list, slug, text } from './fields';

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
    draft: flag.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.updated && value.updated < value.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['updated'],
        input: value.updated,
        message: `is ${value.updated}, before the publish date ${value.date}; use a date on or after ${value.date}`,
      });
    }
  });
export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;

export const practiceAreaFrontmatterSchema = z.strictObject({
  title: text(3, 80, 'a title of 3 to 80 characters'),
  description: text(50, 160, 'a description of 50 to 160 characters'),
  order: z.int({ error: (issue) => `expected a whole number such as 1, got ${JSON.stringify(issue.input)}` }),
});
export type PracticeAreaFrontmatter = z.infer<typeof practiceAreaFrontmatterSchema>;

export const attorneyFrontmatterSchema = z.strictObject({
  name: text(3, 80, "the attorney's full name"),
  role: text(3, 80, 'a role such as "Founding attorney"'),
  barAdmissions: list(text(2, 120), 'bar admissions'),
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
  placeholder: flag.optional(),
});
export type AttorneyFrontmatter = z.infer<typeof attorneyFrontmatterSchema>;

export const pageFrontmatterSchema = z.strictObject({
  title: text(3, 80, 'a title of 3 to 80 characters'),
  description: text(50, 160, 'a description of 50 to 160 characters'),
});
export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>;

export const faqSchema = list(
  z.strictObject({
    question: text(10, 160, 'the question as a reader would ask it'),
    answer: text(20, 600, 'a short answer in plain words'),
    article: slug,
  }),
  'questions',
);
export type FaqEntry = z.infer<typeof faqSchema>[number];
