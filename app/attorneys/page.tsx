import type { Metadata } from 'next';
import { AttorneyList } from '@/components/attorney-list';
import { listAttorneys } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';
import { attorneyIndexPath } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({
  title: 'Our attorneys',
  description:
    'The attorneys of the firm: their roles, bar admissions, languages and education, and the articles they wrote.',
  path: attorneyIndexPath(),
});

export default function AttorneysPage() {
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900 sm:text-4xl">Our attorneys</h1>
      <AttorneyList attorneys={listAttorneys()} />
    </>
  );
}
