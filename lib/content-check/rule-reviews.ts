import fs from 'node:fs';
import path from 'node:path';
import { z } from '@/lib/zod';
import { calendarDate, slug } from '@/lib/content/fields';
import { closestKey, validate } from '@/lib/content/validate';
import { contentError, type ContentProblem } from '@/lib/content/problems';
import { readYamlFile } from '@/lib/content/read';

/**
 * The attorneys' reviews of the relief check's rules
 * (content/relief-check-review.yaml): one entry per rule an attorney has
 * read, keyed by the rule's id, with who reviewed it, when, and the rule's
 * fingerprint at that time (`npm run relief-check:cases` prints it). A
 * rule with no entry has not been reviewed.
 */

export const RULE_REVIEWS_FILE = 'content/relief-check-review.yaml';

const reviewSchema = z.strictObject({
  reviewedBy: slug,
  reviewed: calendarDate,
  // In quotes: YAML would read 000123456789 as a number and drop its zeros.
  fingerprint: z
    .string({
      error: 'write the fingerprint in quotes, as `npm run relief-check:cases` prints it, e.g. "0123456789ab"',
    })
    .regex(/^[0-9a-f]{12}$/, {
      error: 'expected the 12 letters and digits `npm run relief-check:cases` prints for this rule, in quotes',
    }),
});
export type RuleReview = z.infer<typeof reviewSchema>;

const fileSchema = z.preprocess((value) => value ?? {}, z.record(z.string(), reviewSchema));

export type RuleReviews = {
  reviews: ReadonlyMap<string, RuleReview & { line?: number }>;
  problems: ContentProblem[];
};

export function readRuleReviews(
  projectRoot: string,
  ruleIds: readonly string[],
  attorneySlugs: readonly string[],
): RuleReviews {
  const problems: ContentProblem[] = [];
  // No file is the same as no review yet.
  if (!fs.existsSync(path.join(projectRoot, RULE_REVIEWS_FILE))) return { reviews: new Map(), problems };
  const parsed = readYamlFile(projectRoot, RULE_REVIEWS_FILE, problems);
  const value = parsed ? validate(RULE_REVIEWS_FILE, parsed, fileSchema, problems) : undefined;
  const reviews = new Map<string, RuleReview & { line?: number }>();
  for (const [rule, review] of Object.entries(value ?? {})) {
    const line = parsed?.keyLines.get(rule);
    if (!ruleIds.includes(rule)) {
      const closest = closestKey(rule, ruleIds);
      problems.push(
        contentError(
          RULE_REVIEWS_FILE,
          rule,
          `no rule of the relief check has this id; ${closest ? `did you mean "${closest}"?` : `the rules are ${ruleIds.join(', ')}`}`,
          'unknown-rule',
          line,
        ),
      );
      continue;
    }
    if (!attorneySlugs.includes(review.reviewedBy)) {
      problems.push(
        contentError(
          RULE_REVIEWS_FILE,
          `${rule}.reviewedBy`,
          `unknown attorney "${review.reviewedBy}"; use the file name of an attorney in content/attorneys without .mdx (${attorneySlugs.join(', ') || 'none yet'})`,
          'unknown-reviewer',
          line,
        ),
      );
      continue;
    }
    reviews.set(rule, { ...review, line });
  }
  return { reviews, problems };
}

/** A review that no longer matches the rule: its fingerprint changed since. */
export function staleReviewProblem(rule: string, review: RuleReview & { line?: number }, now: string): ContentProblem {
  return {
    file: RULE_REVIEWS_FILE,
    field: `${rule}.fingerprint`,
    line: review.line,
    message: `the rule changed after its review on ${review.reviewed} (its fingerprint is now ${now}); ask an attorney to review it again with \`npm run relief-check:cases\`, then set reviewed to that day and fingerprint to ${now}`,
    rule: 'rule-changed-after-review',
    severity: 'warning',
  };
}
