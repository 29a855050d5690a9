import { useLocale } from 'next-intl';
import { CardLink } from '@/components/card-link';
import type { PracticeArea } from '@/lib/content';
import { practiceAreaPath } from '@/lib/routes';

export function PracticeAreaList({
  areas,
  headingLevel = 'h2',
}: {
  areas: readonly PracticeArea[];
  headingLevel?: 'h2' | 'h3';
}) {
  const Heading = headingLevel;
  const locale = useLocale();
  return (
    <ul className="mt-6 grid gap-4 sm:grid-cols-2">
      {areas.map((area) => (
        <li key={area.slug} className="rounded-xl border border-slate-200 p-5">
          <Heading className="text-xl font-bold">
            <CardLink href={practiceAreaPath(area.slug, locale)}>{area.title}</CardLink>
          </Heading>
          <p className="mt-2 text-slate-800">{area.description}</p>
        </li>
      ))}
    </ul>
  );
}
