import type { Metadata } from 'next';
import { PracticeAreaList } from '@/components/practice-area-list';
import { listPracticeAreas } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';
import { practiceAreaIndexPath } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({
  title: 'Practice areas',
  description:
    'Criminal defense, crimmigration, post-conviction relief and deportation defense for people who are not US citizens.',
  path: practiceAreaIndexPath(),
});

export default function PracticeAreasPage() {
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900 sm:text-4xl">Practice areas</h1>
      <p className="mt-2 max-w-prose text-lg text-slate-700">
        We handle criminal cases with your immigration status in view, and we go back to old cases when a conviction
        stands in your way.
      </p>
      <PracticeAreaList areas={listPracticeAreas()} />
    </>
  );
}
