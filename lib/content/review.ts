import { createHash } from 'node:crypto';

/**
 * An attorney's review is of a text, not of a file name: when it is recorded
 * (the editor's "Record the review"), `reviewedText` keeps a fingerprint of
 * what the attorney read: the title, the description, whose law the page
 * says it explains, and the body. Any later change to one of them lapses the
 * review: the page stops saying "reviewed by", and launch-check and
 * content:check count the text as needing review again. A review written by
 * hand without a fingerprint lapses, as before, only when `updated` is later
 * than `reviewed`.
 */
export function textFingerprint(frontmatter: object, body: string): string {
  const read = (key: string) => {
    const value: unknown = (frontmatter as Record<string, unknown>)[key];
    return typeof value === 'string' ? value.trim() : '';
  };
  const reviewed = [read('title'), read('description'), read('jurisdiction'), body.replace(/\r\n/g, '\n').trim()];
  return createHash('sha256').update(JSON.stringify(reviewed)).digest('hex').slice(0, 12);
}

export type ReviewFields = {
  reviewedBy?: string;
  reviewed?: string;
  updated?: string;
  reviewedText?: string;
  /** Of the body as it is now (lib/content/read.ts); absent for entries of a list file. */
  textFingerprint?: string;
};

/** Why a recorded review no longer covers the text, or undefined when it does (or none is recorded). */
export function reviewLapse(text: ReviewFields): string | undefined {
  if (!text.reviewedBy || !text.reviewed) return undefined;
  if (
    text.reviewedText !== undefined &&
    text.textFingerprint !== undefined &&
    text.reviewedText !== text.textFingerprint
  )
    return `its text changed after the review on ${text.reviewed}`;
  if (text.updated && text.updated > text.reviewed)
    return `updated on ${text.updated}, after its review on ${text.reviewed}`;
  return undefined;
}

/** The review that covers the text as it is now: who and when, or undefined. */
export function currentReview(text: ReviewFields): { reviewedBy: string; reviewed: string } | undefined {
  if (!text.reviewedBy || !text.reviewed || reviewLapse(text)) return undefined;
  return { reviewedBy: text.reviewedBy, reviewed: text.reviewed };
}
