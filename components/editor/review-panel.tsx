import { reviewLapse, type ReviewFields } from '@/lib/content/review';
import type { ReviewOutcome } from '@/lib/editor/record-review';
import { ChoiceField } from './fields';

type Props = {
  file: string;
  version: string;
  fields: ReviewFields;
  attorneys: { value: string; label: string }[];
  /** The attorneys whose review the person at the editor may record (attorneysWhoMaySign). */
  maySign: { value: string; label: string }[];
  outcome?: ReviewOutcome;
  /** On a local computer no one signs in: anyone here can record a review in any attorney's name. */
  local: boolean;
  record: (formData: FormData) => Promise<void>;
};

const OUTCOME_MESSAGES: Record<ReviewOutcome, string> = {
  recorded: 'Your review is recorded. It lapses if the text changes.',
  'changed-since-read':
    'The text changed after you opened this preview, so nothing was recorded. Read the text below again, then record your review.',
  'not-found': 'This file no longer exists, so nothing was recorded.',
  'not-this-attorney': 'Only the attorney named can record their review, signed in with their own GitHub account.',
};

/** Where an attorney signs: the text's review as it stands, and the button that records "reviewed by … on today". */
export function ReviewPanel({ file, version, fields, attorneys, maySign, outcome, local, record }: Props) {
  const lapse = reviewLapse(fields);
  const reviewer = attorneys.find((attorney) => attorney.value === fields.reviewedBy)?.label ?? fields.reviewedBy;
  const status = !fields.reviewedBy
    ? 'No attorney has reviewed this text yet.'
    : lapse
      ? `The review by ${reviewer} has lapsed: ${lapse}.`
      : `Reviewed by ${reviewer} on ${fields.reviewed ?? ''}.`;
  return (
    <section aria-labelledby="review-heading" className="mt-4 rounded border-2 border-slate-300 p-4">
      <h2 id="review-heading" className="text-xl font-semibold text-brand-900">
        Attorney review
      </h2>
      {/* An address kept from an earlier visit says "recorded"; once the text has changed, that is no longer true. */}
      {outcome && !(outcome === 'recorded' && lapse) && (
        <p role="status" className="mt-2 rounded bg-slate-100 p-2 text-base">
          {OUTCOME_MESSAGES[outcome]}
        </p>
      )}
      <p className="mt-2 text-base">{status}</p>
      {maySign.length > 0 ? (
        <form action={record} className="mt-3 flex flex-wrap items-end gap-3">
          <input type="hidden" name="file" value={file} />
          <input type="hidden" name="version" value={version} />
          <ChoiceField id="attorney" name="attorney" label="Attorney" options={maySign} required />
          <button type="submit" className="button-primary">
            I have read the text below: record my review
          </button>
        </form>
      ) : (
        <p className="mt-3 text-base">
          Only an attorney records a review, signed in with the GitHub account named in their file in content/attorneys
          (&ldquo;github: their-account&rdquo;). Send this page&rsquo;s address to the attorney.
        </p>
      )}
      <p className="mt-2 text-sm text-slate-700">
        Records today&rsquo;s date and a fingerprint of what is shown below (title, description, whose law, and text):
        any later change to them lapses the review.
        {local &&
          ' On this computer no one signs in, so the editor cannot tell who records a review: only the attorney named should press the button, and the pull request shows the firm who did.'}
      </p>
    </section>
  );
}
