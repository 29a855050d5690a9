import { useLocale, useTranslations } from 'next-intl';
import { Link } from './link';
import { pagePath } from '@/lib/routes';

/** One tap from every page, on the first screen: what to do when someone was just detained. */
export function DetainedStrip() {
  const t = useTranslations('detainedStrip');
  return (
    <div className="bg-red-800 text-white print:hidden">
      <div className="mx-auto max-w-5xl px-3 md:px-4">
        <Link
          href={pagePath('detained', useLocale())}
          className="flex min-h-11 items-center text-base font-semibold text-white underline underline-offset-4"
        >
          {t('link')}
          <span aria-hidden="true">&nbsp;→</span>
        </Link>
      </div>
    </div>
  );
}
