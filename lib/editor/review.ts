import { textFingerprint } from '@/lib/content/review';
import { openDocument, saveDocument } from './document';

/**
 * An attorney's review written into the file: who, the day, and a
 * fingerprint of what was read (title, description, jurisdiction and text), so that any later change to it lapses
 * it (lib/content/review.ts). Only those three lines of the file change.
 */
export function withReview(text: string, review: { attorney: string; day: string }): string {
  const { fields, body } = openDocument(text);
  return saveDocument(text, {
    fields: { reviewedBy: review.attorney, reviewed: review.day, reviewedText: textFingerprint(fields, body) },
    body,
  });
}
