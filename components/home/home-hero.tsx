import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/components/link';
import type { Firm } from '@/lib/content';
import { PhoneLink } from '../phone-link';
import { pagePath } from '@/lib/routes';

export function HomeHero({ firm }: { firm: Firm }) {
  const t = useTranslations('home');
  const tHeader = useTranslations('header');
  return (
    <section className="max-w-prose">
      <h1 className="text-3xl font-bold leading-tight text-brand-900 sm:text-5xl">{t('heroTitle')}</h1>
      <p className="mt-4 text-xl text-slate-800">
        {t('heroText', { firm: firm.name })} {firm.tagline}
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <Link href={pagePath('contact', useLocale())} className="button-primary">
          {tHeader('consultation')}
        </Link>
        <PhoneLink firm={firm} label={tHeader('call')} className="button-secondary" />
      </div>
    </section>
  );
}
