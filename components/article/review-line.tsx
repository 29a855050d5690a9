import { Link } from '@/components/link';
import { DateText } from '../date-text';
import { MaybeSample } from '../sample-mark';

export type Review = { name: string; href: string; date: string; sample: boolean };

/** Who checked the law in this article, and when; or, honestly, that no attorney has yet. */
export function ReviewLine({ review }: { review: Review | undefined }) {
  if (!review) return <>Not yet reviewed by one of the firm’s attorneys</>;
  return (
    <>
      Reviewed by{' '}
      <Link href={review.href} className="text-link">
        {review.name}
      </Link>
      <MaybeSample sample={review.sample} /> on <DateText date={review.date} />
    </>
  );
}
