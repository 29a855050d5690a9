import { useLocale, useTranslations } from 'next-intl';
import type { Jurisdiction } from '@/lib/content/fields';
import { jurisdictionLabel } from '@/lib/content/jurisdiction';

export function JurisdictionLabel({ jurisdiction }: { jurisdiction: Jurisdiction | undefined }) {
  const t = useTranslations('articles');
  const locale = useLocale();
  if (!jurisdiction) return null;
  return (
    <p className="text-base">
      <span className="inline-block rounded border-2 border-brand-800 px-2 py-0.5 font-semibold text-brand-900">
        <span className="sr-only">{t('whichLaw')} </span>
        {jurisdictionLabel(jurisdiction, t, locale)}
      </span>
    </p>
  );
}
