import * as z from '@/lib/zod-mini';

/**
 * The pieces both forms (the consultation form and the relief check) build
 * their answers from, in zod's mini build because both run in the browser.
 */

/** An answer left blank, or only spaces, counts as none. */
export function blankToUndefined(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

/** An answer that may be left out: a blank one counts as none. */
export const optionalAnswer = <T extends z.ZodMiniType>(schema: T) =>
  z.pipe(z.transform(blankToUndefined), z.optional(schema));

/** One of a fixed list of answers; anything else is refused with `error`, a message key. */
export const oneOf = <T extends readonly [string, ...string[]]>(answers: T, error: string) =>
  z.enum(answers, { error });

/** The keys of a table of answers and their words, as the list `oneOf` takes. */
export function answersOf<T extends Record<string, string>>(table: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(table) as [keyof T & string, ...(keyof T & string)[]];
}
