import { useTranslations } from 'next-intl';
import { Link } from '@/components/link';
import { findAttorney } from '@/lib/content';
import { currentReview, type ReviewFields } from '@/lib/content/review';
import { attorneyPath, type Locale } from '@/lib/routes';
import { DateText } from '../date-text';
import { MaybeSample } from '../sample-mark';

export type Review = { name: string; href: string; date: string; sample: boolean };

/** The review an article or a legal page declares, with its attorney; none until an attorney has reviewed it, or once the text changed after. */
export function reviewOf(content: ReviewFields, locale: Locale): Review | undefined {
  const review = currentReview(content);
  const reviewer = review && findAttorney(review.reviewedBy, locale);
  if (!review || !reviewer) return undefined;
  return {
    name: reviewer.name,
    href: attorneyPath(reviewer.slug, locale),
    date: review.reviewed,
    sample: reviewer.placeholders.includes('name'),
  };
}

/**
 * Who checked the law in this article or page, and when; or, honestly, that no attorney has yet.
 * `of` is there for languages whose words agree with it (Spanish: "revisado" for an article, "revisada" for a page).
 */
export function ReviewLine({ review, of }: { review: Review | undefined; of: 'article' | 'page' }) {
  const t = useTranslations('legal');
  if (!review) return <>{t('notReviewed', { of })}</>;
  return (
    <>
      {t.rich('reviewedBy', {
        of,
        reviewer: () => (
          <>
            <Link href={review.href} className="text-link">
              {review.name}
            </Link>
            <MaybeSample sample={review.sample} />
          </>
        ),
        date: () => <DateText date={review.date} />,
      })}
    </>
  );
}
