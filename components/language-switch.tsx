import { useLocale, useTranslations } from 'next-intl';
import { pagePath, type Locale } from '@/lib/routes';

/**
 * The link to the other language, named in that language ("Español",
 * "English") and marked with its `lang` and `hrefLang`, so a screen reader
 * pronounces it right. A plain link, not a client-side navigation: the
 * other language has its own <html lang>. Beside it, a way to the page
 * with a short paragraph in each of ten more languages, for a reader who
 * reads neither.
 */
export function LanguageSwitch({
  href,
  locale,
  samePage,
  className,
}: {
  href: string;
  locale: Locale;
  /** False when this page has no translation and the link leads to the other language's home or index. */
  samePage: boolean;
  className?: string;
}) {
  const t = useTranslations('language');
  const pageLanguage = useLocale() as Locale;
  return (
    <span className="flex shrink-0 items-center gap-x-2 md:gap-x-4">
      <a
        href={href}
        lang={locale}
        hrefLang={locale}
        className={className}
        aria-label={samePage ? t('samePage') : t('otherSite')}
        data-language-switch
      >
        {t('switchLabel')}
      </a>
      <a href={pagePath('languageHelp', pageLanguage)} className={className} data-other-languages>
        {/* On a phone the globe alone, a square target, so the strip stays one row and the title on the first screen. */}
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="h-7 w-7 md:hidden"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <circle cx="12" cy="12" r="10" />
          <path d="M2 12h20M12 2c2.8 3 4 6.4 4 10s-1.2 7-4 10c-2.8-3-4-6.4-4-10s1.2-7 4-10z" />
        </svg>
        <span className="sr-only md:not-sr-only">{t('otherLanguages')}</span>
      </a>
    </span>
  );
}
