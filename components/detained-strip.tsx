import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Link } from './link';
import { pagePath } from '@/lib/routes';

/**
 * One tap from every page, on the first screen: what to do when someone was
 * just detained. The language switch shares its line, so a reader who does
 * not read this language finds it at the top of a phone's screen without
 * the header growing a line; only with large text on a phone (under 20rem
 * across) do they wrap under it.
 */
export function DetainedStrip({ link = true, languageSwitch }: { link?: boolean; languageSwitch: ReactNode }) {
  const t = useTranslations('detainedStrip');
  const locale = useLocale();
  return (
    <div className="bg-red-800 text-white print:hidden">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-x-3 px-3 max-[20rem]:flex-wrap md:px-4">
        {/* On the detention page itself, only the language switch: the first screen is the page's five steps. */}
        {link ? (
          <Link
            href={pagePath('detained', locale)}
            className="flex min-h-11 min-w-0 items-center text-base font-semibold text-white underline underline-offset-4"
          >
            {/* One box, so a wrapped line keeps the arrow at its end. */}
            <span>
              {t('link')}
              <span aria-hidden="true">&nbsp;→</span>
            </span>
          </Link>
        ) : (
          <span />
        )}
        {languageSwitch}
      </div>
    </div>
  );
}
