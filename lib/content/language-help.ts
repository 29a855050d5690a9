import { z } from '@/lib/zod';
import { CALL_LANGUAGES, type CallLanguageCode } from '@/lib/languages';
import { calendarDate, text } from './fields';

/**
 * content/help-in-your-language.yaml: one short paragraph in each of the
 * ten languages of lib/languages.ts, for the page "Help in your language".
 * Written by the firm's staff, then checked by a native speaker, whose name
 * and day are recorded the way an attorney's review is; until then the page
 * says the paragraph is not checked, and launch-check lists it.
 */

/** Where the phone number goes in a paragraph: the page fills in the firm's number, so it is written in one place. */
export const PHONE_TOKEN = '{phone}';
/** Where the language's English name goes, the word to say when calling: the page marks it as English. */
export const ENGLISH_NAME_TOKEN = '{english}';

const once = (token: string) => (value: string) => value.split(token).length === 2;

const paragraphSchema = z
  .strictObject({
    /** What the firm does, and to call today when someone is detained or charged, with {phone}. */
    text: text(40, 600, 'the paragraph, with {phone} where the number goes').refine(once(PHONE_TOKEN), {
      error: `write ${PHONE_TOKEN} once, where the firm's phone number goes`,
    }),
    /**
     * That the firm can get an interpreter, and to say the language's English
     * name when calling: shown only when content/firm.yaml lists the language
     * under `interpreters`.
     */
    interpreter: text(10, 300, 'a sentence saying the firm can get an interpreter').refine(once(ENGLISH_NAME_TOKEN), {
      error: `write ${ENGLISH_NAME_TOKEN} once, where the language's English name goes`,
    }),
    /** The native speaker who checked the paragraph: a name, not an attorney's file. */
    reviewedBy: text(2, 80, 'the name of the native speaker who checked it').optional(),
    reviewed: calendarDate.optional(),
  })
  .superRefine((value, ctx) => {
    if ((value.reviewedBy === undefined) !== (value.reviewed === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [value.reviewedBy === undefined ? 'reviewedBy' : 'reviewed'],
        message:
          value.reviewedBy === undefined
            ? 'is missing; a check names the native speaker who did it, e.g. "reviewedBy: Marie Joseph"'
            : 'is missing; add the day the native speaker finished, e.g. "reviewed: 2026-12-01"',
      });
    }
  });

export const languageHelpSchema = z.strictObject(
  Object.fromEntries(CALL_LANGUAGES.map((language) => [language.code, paragraphSchema])) as Record<
    CallLanguageCode,
    typeof paragraphSchema
  >,
);

export type LanguageParagraph = z.infer<typeof paragraphSchema>;
export type LanguageHelp = Record<CallLanguageCode, LanguageParagraph>;

/** A sentence split around its token, so the page can put in between what it fills in (the number, the English name). */
export function around(sentence: string, token: string): { before: string; after: string } {
  const [before = '', after = ''] = sentence.split(token);
  return { before, after };
}

/** Checked by a native speaker: a name and a day are recorded. */
export function isChecked(paragraph: Pick<LanguageParagraph, 'reviewedBy' | 'reviewed'>): boolean {
  return paragraph.reviewedBy !== undefined && paragraph.reviewed !== undefined;
}
