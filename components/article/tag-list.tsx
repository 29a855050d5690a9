import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/components/link';
import type { PracticeArea } from '@/lib/content';
import { practiceAreaPath } from '@/lib/routes';

export function TagList({ areas }: { areas: readonly Pick<PracticeArea, 'slug' | 'title'>[] }) {
  const t = useTranslations('articles');
  const locale = useLocale();
  return (
    <ul aria-label={t('tags')} className="flex flex-wrap gap-2">
      {areas.map((area) => (
        <li key={area.slug}>
          <Link
            href={practiceAreaPath(area.slug, locale)}
            className="inline-flex min-h-11 items-center rounded-full bg-brand-50 px-4 text-base font-medium text-brand-800 underline-offset-4 hover:underline"
          >
            {area.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
