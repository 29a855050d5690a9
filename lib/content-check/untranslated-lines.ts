import { TRANSLATED_LOCALES, type ContentReading } from '@/lib/content/load';
import type { ContentProblem } from '@/lib/content/problems';

/** Fewer words than this is a name, a citation or a heading like "Padilla v. Kentucky": often the same in both languages. */
const MIN_WORDS = 4;

/** A case name or a statute, rule or regulation: cited the same way in every language. */
const CITATION = /\bv\.\s|§|\bU\.S\.C\.|\bC\.F\.R\.|\bI&N Dec\.|\d+ U\.S\. \d+/;

/** The words of a line a reader sees: markup, a citation, a footnote's source line and a line of only tags are not. */
function readableLine(line: string): string | undefined {
  const text = line.trim();
  if (/^\[\^[^\]]+\]:/.test(text) || CITATION.test(text)) return undefined;
  if (/^<\/?[A-Za-z]+>?$/.test(text)) return undefined;
  const words = text
    .replace(/[#>*_`[\]()-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return words.length >= MIN_WORDS ? text : undefined;
}

/**
 * A line of a translation that is word for word a line of its English
 * article: the translation started from the English text (the editor and
 * `new-post --translate` copy it in) and this line was not translated yet,
 * such as a callout's English title on a Spanish page.
 */
export function untranslatedLines(reading: ContentReading): ContentProblem[] {
  const sources = new Map(reading.bodies.map((body) => [body.file, body]));
  return TRANSLATED_LOCALES.flatMap((locale) =>
    reading.translations[locale].articles.flatMap((translation) => {
      const body = sources.get(translation.file);
      const english = translation.translationOf && sources.get(`content/articles/${translation.translationOf}.mdx`);
      if (!body || !english) return [];
      const englishLines = new Set(english.source.split('\n').flatMap((line) => readableLine(line) ?? []));
      return body.source.split('\n').flatMap((line, index): ContentProblem[] => {
        const text = readableLine(line);
        if (!text || !englishLines.has(text)) return [];
        return [
          {
            file: translation.file,
            line: body.bodyLine + index,
            column: line.indexOf(text) + 1,
            message: `is the same as a line of the English article ("${text.length > 60 ? `${text.slice(0, 57)}…` : text}"); translate it`,
            rule: 'untranslated-line',
            severity: 'warning',
          },
        ];
      });
    }),
  );
}
