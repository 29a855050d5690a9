import { ruleFingerprints } from '@/lib/relief-check/fingerprint';
import { RULES } from '@/lib/relief-check/rules';
import type { ContentProblem } from '@/lib/content/problems';
import { readRuleReviews, staleReviewProblem } from '@/lib/content-check/rule-reviews';

export type RuleReviewStatus = {
  rule: string;
  status: 'not-reviewed' | 'changed' | 'reviewed';
  reviewed?: string;
};

/**
 * Where each rule of the relief check stands with its attorney review, and
 * the problems of the review file: mistakes are errors, a rule changed
 * since its review is a warning (content:check) and an open item
 * (launch-check).
 */
export function reliefCheckReviews(
  projectRoot: string,
  attorneySlugs: readonly string[],
): { statuses: RuleReviewStatus[]; problems: ContentProblem[] } {
  const { reviews, problems } = readRuleReviews(
    projectRoot,
    RULES.map((rule) => rule.id),
    attorneySlugs,
  );
  // Fingerprints take a walk over every rule (docs/relief-check.md): only when there is a review to compare.
  const fingerprints = reviews.size > 0 ? ruleFingerprints() : undefined;
  const statuses = RULES.map((rule): RuleReviewStatus => {
    const review = reviews.get(rule.id);
    const now = fingerprints?.[rule.id];
    if (!review || !now) return { rule: rule.id, status: 'not-reviewed' };
    if (review.fingerprint !== now) {
      problems.push(staleReviewProblem(rule.id, review, now));
      return { rule: rule.id, status: 'changed', reviewed: review.reviewed };
    }
    return { rule: rule.id, status: 'reviewed', reviewed: review.reviewed };
  });
  return { statuses, problems };
}
