import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/components/link';
import type { Firm } from '@/lib/content';
import { FirmFactText } from './firm-facts';
import { PhoneLink } from './phone-link';
import { pagePath } from '@/lib/routes';

export function ConsultCallToAction({ firm, ownCase = false }: { firm: Firm; ownCase?: boolean }) {
  const t = useTranslations('callToAction');
  const locale = useLocale();
  return (
    <section aria-labelledby="consult-heading" className="my-10 rounded-xl bg-brand-900 px-6 py-8 text-white">
      <h2 id="consult-heading" className="text-2xl font-bold">
        {ownCase ? t('ownCase') : t('heading')}
      </h2>
      <p className="mt-2 max-w-prose text-lg">{t('text')}</p>
      <p className="mt-1 max-w-prose text-lg">
        <FirmFactText firm={firm} fact="emergency" />
      </p>
      <div className="mt-5 flex flex-wrap gap-3">
        <Link
          href={pagePath('contact', locale)}
          className="inline-flex min-h-12 items-center rounded-lg bg-white px-5 py-3 font-semibold text-brand-900 no-underline hover:bg-brand-100"
        >
          {t('consultation')}
        </Link>
        <PhoneLink
          firm={firm}
          label={t('call')}
          className="inline-flex min-h-12 flex-wrap items-center rounded-lg border-2 border-white px-5 py-3 font-semibold text-white no-underline hover:bg-brand-800"
        />
      </div>
    </section>
  );
}
