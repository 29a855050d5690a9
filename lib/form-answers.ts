import * as z from '@/lib/zod-mini';
import { typedDate } from '@/lib/dates';
import { DEFAULT_LOCALE } from '@/lib/routes';

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

/** What was typed in each of a form's fields, as strings, so the form can show it again. */
export function valuesOf<F extends string>(form: FormData, fields: readonly F[]): Partial<Record<F, string>> {
  const values: Partial<Record<F, string>> = {};
  for (const field of fields) {
    const value = form.get(field);
    if (typeof value === 'string') values[field] = value;
  }
  return values;
}

/** Dates typed the reader's way (día/mes/año on the Spanish site), read as the picker's YYYY-MM-DD. */
export function typedDates<F extends string>(
  values: Partial<Record<F | 'siteLanguage', string>>,
  fields: readonly F[],
): Partial<Record<F, string>> {
  const locale = values.siteLanguage ?? DEFAULT_LOCALE;
  return Object.fromEntries(
    fields.flatMap((field) => {
      const typed = values[field];
      return typed ? [[field, typedDate(typed, locale)]] : [];
    }),
  ) as Partial<Record<F, string>>;
}

/** Each field's first problem, by the message key the schema gave it. */
export function firstErrors<F extends string, C extends string>(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  fields: readonly F[],
): Partial<Record<F, C>> {
  const errors: Partial<Record<F, C>> = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && (fields as readonly string[]).includes(field)) {
      errors[field as F] ??= issue.message as C;
    }
  }
  return errors;
}

/** A posted form read against its schema: the request, or each field's first problem; what was typed either way. */
export type FormParse<Request, F extends string, Code extends string> =
  | { ok: true; request: Request; values: Partial<Record<F, string>> }
  | { ok: false; errors: Partial<Record<F, Code>>; values: Partial<Record<F, string>> };

type SafeParse<Request> = (
  input: unknown,
) =>
  | { success: true; data: Request }
  | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };

/**
 * Reads a form's fields once, as typed; `prepare` turns what a person typed
 * their way (a date as día/mes/año) into what the schema checks; the schema
 * decides. Both forms, in the browser and on the server, read this way.
 */
export function parseForm<Request, F extends string, Code extends string>(
  form: FormData,
  fields: readonly F[],
  schema: { safeParse: SafeParse<Request> },
  prepare: (values: Partial<Record<F, string>>) => object,
): FormParse<Request, F, Code> {
  const values = valuesOf(form, fields);
  const result = schema.safeParse({ ...values, ...prepare(values) });
  if (result.success) return { ok: true, request: result.data, values };
  return { ok: false, errors: firstErrors<F, Code>(result.error.issues, fields), values };
}
