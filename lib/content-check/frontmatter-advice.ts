import { addYears } from '@/lib/dates';
import type { ContentReading } from '@/lib/content/load';
import type { ContentProblem } from '@/lib/content/problems';

/**
 * Fields the schema allows to be left out, or to hold any real date, but
 * which a reader pays for when they are: a page that never says whose law
 * it explains, a post scheduled for a year nobody meant, a translation that
 * cannot tell when its English article changed.
 */
export function frontmatterAdvice(reading: ContentReading, today: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const keyLines = new Map(reading.bodies.map((body) => [body.file, body.keyLines]));
  const warn = (file: string, field: string, message: string, rule: string, lineKey = field) =>
    problems.push({
      file,
      field,
      message,
      rule,
      line: keyLines.get(file)?.get(lineKey) ?? 1,
      column: 1,
      severity: 'warning',
    });
  const yearFromToday = addYears(today, 1);

  // A translation has every field its English article has, jurisdiction too (CONTRIBUTING, "Translations").
  const everyArticle = [
    reading.content.articles,
    ...Object.values(reading.translations).map((site) => site.articles),
  ].flat();
  for (const article of everyArticle) {
    if (!article.jurisdiction) {
      warn(
        article.file,
        'jurisdiction',
        'is missing, so the page cannot say whose law it explains; add "jurisdiction: federal", "jurisdiction: general" (true in every state) or a state\'s code such as "jurisdiction: NY"',
        'jurisdiction-missing',
        'title',
      );
    }
    for (const field of ['date', 'updated'] as const) {
      const value = article[field];
      if (value && value > yearFromToday) {
        warn(
          article.file,
          field,
          `is ${value}, more than a year from today (${today}); check the year, which is usually this one or the next`,
          'date-far-ahead',
        );
      }
    }
  }
  for (const site of Object.values(reading.translations)) {
    for (const translation of site.articles) {
      if (translation.translationOf && !translation.translatedFrom) {
        const source = reading.content.articles.find((article) => article.slug === translation.translationOf);
        const version = source ? (source.updated ?? source.date) : undefined;
        warn(
          translation.file,
          'translatedFrom',
          `is missing, so the check cannot tell when the English article changes after this translation; add "translatedFrom: ${version ?? "<the English article's updated or date>"}" (the version of the English you translated)`,
          'translated-from-missing',
          'translationOf',
        );
      }
    }
  }
  return problems;
}
