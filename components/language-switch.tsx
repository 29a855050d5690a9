import { useTranslations } from 'next-intl';
import type { Locale } from '@/lib/routes';

/**
 * The link to the other language, named in that language ("Español",
 * "English") and marked with its `lang` and `hrefLang`, so a screen reader
 * pronounces it right. A plain link, not a client-side navigation: the
 * other language has its own <html lang>.
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
  return (
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
  );
}
