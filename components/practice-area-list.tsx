import { useLocale } from 'next-intl';
import { Link } from '@/components/link';
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
            <Link
              href={practiceAreaPath(area.slug, locale)}
              className="inline-flex min-h-11 items-center text-brand-800 underline-offset-4 hover:underline"
            >
              {area.title}
            </Link>
          </Heading>
          <p className="mt-2 text-slate-800">{area.description}</p>
        </li>
      ))}
    </ul>
  );
}
