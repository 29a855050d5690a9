import { FIRM_FILE, type ContentReading } from '@/lib/content/load';
import { PLACEHOLDER_DESCRIPTION } from '@/lib/content/scaffold';
import type { ContentProblem } from '@/lib/content/problems';
import { legalTexts, reviewGap } from '@/lib/content-check/legal-reviews';
import { isPublished, lastUpdated } from '@/lib/content/publication';
import { reviewLapse } from '@/lib/content/review';

const STALE_AFTER_YEARS = 2;
const DESCRIPTION_BEST = { min: 100, max: 155 };

/** Checks across files, and the advice that is a warning rather than an error. */
export function checkSite(reading: ContentReading, today: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const keyLinesByFile = new Map(reading.bodies.map((body) => [body.file, body.keyLines]));
  const lineOf = (file: string, key: string) => keyLinesByFile.get(file)?.get(key);
  const warn = (file: string, field: string | undefined, message: string, rule: string, line?: number) =>
    problems.push({ file, field, message, rule, line, column: 1, severity: 'warning' });
  const attorneyName = (slug: string | undefined) =>
    reading.content.attorneys.find((attorney) => attorney.slug === slug)?.name ?? slug ?? 'the attorney';

  // Each language's articles on their own: two languages may share a title, one language may not.
  for (const articles of [
    reading.content.articles,
    ...Object.values(reading.translations).map((site) => site.articles),
  ]) {
    const byTitle = new Map<string, typeof articles>();
    for (const article of articles) {
      const key = article.title.trim().toLowerCase();
      byTitle.set(key, [...(byTitle.get(key) ?? []), article]);
    }
    for (const same of byTitle.values()) {
      if (same.length < 2) continue;
      for (const article of same) {
        const others = same.filter((other) => other !== article).map((other) => other.file);
        problems.push({
          file: article.file,
          field: 'title',
          message: `is the same as the title of ${others.join(', ')}; give each article its own title`,
          rule: 'duplicate-title',
          line: lineOf(article.file, 'title'),
          column: 1,
          severity: 'error',
        });
      }
    }

    for (const article of articles) {
      const length = article.description.length;
      if (article.description === PLACEHOLDER_DESCRIPTION) {
        problems.push({
          file: article.file,
          field: 'description',
          message: 'is still the placeholder from new-post; write one or two sentences on what a reader will learn',
          rule: 'placeholder-description',
          line: lineOf(article.file, 'description'),
          column: 1,
          // A draft may keep it while it is written; a published post may not.
          severity: article.draft ? 'warning' : 'error',
        });
      } else if (length < DESCRIPTION_BEST.min || length > DESCRIPTION_BEST.max) {
        warn(
          article.file,
          'description',
          `is ${length} characters; search results show about ${DESCRIPTION_BEST.max}, so ${DESCRIPTION_BEST.min} to ${DESCRIPTION_BEST.max} reads best`,
          'description-length',
          lineOf(article.file, 'description'),
        );
      }

      const reviewed = lastUpdated(article);
      const staleBefore = `${Number(today.slice(0, 4)) - STALE_AFTER_YEARS}${today.slice(4)}`;
      if (reviewed < staleBefore && reviewed <= today) {
        warn(
          article.file,
          article.updated ? 'updated' : 'date',
          `last reviewed ${reviewed}, more than ${STALE_AFTER_YEARS} years ago; check the law is still the same, then set updated: ${today}`,
          'stale-article',
          lineOf(article.file, article.updated ? 'updated' : 'date'),
        );
      }
    }

    for (const article of articles.filter((candidate) => isPublished(candidate, today))) {
      if (!article.reviewed) {
        warn(
          article.file,
          'reviewed',
          'no attorney has reviewed this published article; an attorney reads it and records the review in the editor\'s preview (CONTRIBUTING.md, "Attorney review")',
          'not-reviewed',
          lineOf(article.file, 'title'),
        );
      } else if (article.updated && article.updated > article.reviewed) {
        warn(
          article.file,
          'updated',
          `is ${article.updated}, after the attorney's review of ${article.reviewed}; the changes need a review too, then set "reviewed" to that day`,
          'review-outdated',
          lineOf(article.file, 'updated'),
        );
      } else if (reviewLapse(article)) {
        warn(
          article.file,
          'reviewedText',
          `the text changed after ${attorneyName(article.reviewedBy)}'s review of ${article.reviewed}, so the page no longer shows it as reviewed; ask the attorney to read it again and record the review in the editor's preview`,
          'review-outdated',
          lineOf(article.file, 'reviewedText'),
        );
      }
    }
  }

  // Articles are checked above with their lines; the other texts that state the law here.
  for (const site of [reading.content, ...Object.values(reading.translations)]) {
    const texts = legalTexts({ ...site, articles: [] }, today);
    for (const text of texts.filter((candidate) => candidate.reviewed && reviewGap(candidate))) {
      warn(
        text.file,
        'updated',
        `${text.where}: ${reviewGap(text) ?? ''}; the changes need a review too, then set "reviewed" to that day`,
        'review-outdated',
        lineOf(text.file, 'updated'),
      );
    }
    for (const text of texts.filter(
      (candidate) => (candidate.reviewedBy === undefined) !== (candidate.reviewed === undefined),
    )) {
      problems.push({
        file: text.file,
        field: text.reviewedBy === undefined ? 'reviewedBy' : 'reviewed',
        message: `${text.where}: a review needs both "reviewedBy: <attorney>" and "reviewed: <date>"`,
        rule: 'review-incomplete',
        line: lineOf(text.file, 'reviewed') ?? lineOf(text.file, 'reviewedBy'),
        severity: 'error',
      });
    }
    const attorneys = reading.content.attorneys.map((attorney) => attorney.slug);
    const unknown = texts.filter(
      (candidate) => candidate.inList && candidate.reviewedBy && !attorneys.includes(candidate.reviewedBy),
    );
    for (const text of unknown) {
      problems.push({
        file: text.file,
        field: 'reviewedBy',
        message: `${text.where}: unknown attorney "${text.reviewedBy}"; use the file name of an attorney in content/attorneys without .mdx (${attorneys.join(', ') || 'none yet'})`,
        rule: 'unknown-reviewer',
        line: lineOf(text.file, 'reviewedBy'),
        severity: 'error',
      });
    }
  }

  for (const key of reading.content.firm?.placeholders ?? []) {
    warn(
      FIRM_FILE,
      key,
      "is still a placeholder; replace it with the firm's real value and remove it from `placeholders`",
      'firm-placeholder',
      reading.firmKeyLines.get(key),
    );
  }
  return problems;
}
