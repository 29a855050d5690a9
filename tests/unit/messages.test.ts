import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BEST_TIME,
  CITIZENSHIP,
  DETENTION,
  FOR_WHOM,
  INTERPRETER,
  LANGUAGES,
  MATTERS,
} from '@/lib/consultation/form/answers';
import { CALL_LANGUAGES } from '@/lib/languages';
import { messagesFor } from '@/lib/i18n/messages';
import { LOCALES } from '@/lib/routes';

type Tree = { [key: string]: string | Tree };

/** "form.errors.nameRequired" for every string in a message file. */
function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const SOURCES = ['app', 'components', 'lib'].flatMap(sourceFiles).map((file) => fs.readFileSync(file, 'utf8'));
const english = keysOf(messagesFor('en'));

describe('the message files', () => {
  it.each(LOCALES.filter((locale) => locale !== 'en'))('%s has exactly the keys English has', (locale) => {
    const keys = keysOf(messagesFor(locale));
    expect(
      keys.filter((key) => !english.includes(key)),
      'keys only in this language',
    ).toEqual([]);
    expect(
      english.filter((key) => !keys.includes(key)),
      'keys missing from this language',
    ).toEqual([]);
  });

  it.each(LOCALES)('%s has no empty message', (locale) => {
    const empty = keysOf(messagesFor(locale)).filter((key) => {
      const value = key
        .split('.')
        .reduce<Tree | string | undefined>(
          (node, part) => (typeof node === 'object' ? node[part] : undefined),
          messagesFor(locale),
        );
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(empty).toEqual([]);
  });

  // A key is used when the code names its part of the file ("form") and the key itself
  // ('nameRequired', .nameRequired or nameRequired:), as t('…'), t(`errors.${code}`) and the
  // answers' keys in lib/consultation/form/schema.ts do.
  it('uses every key somewhere in app/, components/ or lib/', () => {
    const mentions = (source: string, word: string) => {
      const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return new RegExp(`['"\`.]${escaped}(['"\`]|\\b)|[\\s{,]${escaped}\\s*:`).test(source);
    };
    const unused = english.filter((key) => {
      const [namespace = '', ...rest] = key.split('.');
      const leaf = rest.at(-1) ?? namespace;
      return !(
        SOURCES.some((source) => mentions(source, namespace)) && SOURCES.some((source) => mentions(source, leaf))
      );
    });
    expect(unused).toEqual([]);
  });

  it('names every answer of the consultation form, and only those, in each language', () => {
    const answers = {
      forWhom: FOR_WHOM,
      interpreter: INTERPRETER,
      citizen: CITIZENSHIP,
      matter: MATTERS,
      detained: DETENTION,
      bestTime: BEST_TIME,
    };
    for (const locale of LOCALES) {
      const { options } = messagesFor(locale).form;
      for (const [question, keys] of Object.entries(answers)) {
        expect(Object.keys(options[question as keyof typeof options]).sort(), `${locale} ${question}`).toEqual(
          Object.keys(keys).sort(),
        );
      }
      // The ten languages are listed by their own names (lib/languages.ts), the same on both editions.
      expect(
        [...Object.keys(options.language), ...CALL_LANGUAGES.map((language) => language.key)].sort(),
        `${locale} language`,
      ).toEqual(Object.keys(LANGUAGES).sort());
      expect(Object.keys(messagesFor(locale).languageNames).sort(), `${locale} languageNames`).toEqual(
        CALL_LANGUAGES.map((language) => language.key).sort(),
      );
    }
  });
});
