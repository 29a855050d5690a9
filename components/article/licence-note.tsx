import { useLocale, useTranslations } from 'next-intl';
import { stateName } from '@/lib/content/states';
import type { LicenceGap } from '@/lib/content/licence';

/** Said plainly at the end of an article whose law the firm's attorneys are not admitted to practise (ABA Model Rule 5.5). */
export function LicenceNote({ gap }: { gap: LicenceGap }) {
  const t = useTranslations('articles.licence');
  const locale = useLocale();
  return (
    <p className="mt-8 rounded-lg border-l-4 border-amber-600 bg-amber-50 px-4 py-3 text-base text-amber-950">
      {gap.kind === 'state' ? t('state', { state: stateName(gap.state, locale) }) : t('federal')}
    </p>
  );
}
