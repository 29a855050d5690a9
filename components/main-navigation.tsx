import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/components/link';
import { articleIndexPath, attorneyIndexPath, pagePath, practiceAreaIndexPath } from '@/lib/routes';

/** How a link to a part of the site looks in the header: in the row on wide screens, or in the phone menu's column. */
export function navLinkClass(layout: 'row' | 'column'): string {
  return layout === 'row'
    ? 'inline-flex min-h-12 items-center px-2 font-medium text-brand-900 underline-offset-4 hover:underline'
    : 'flex min-h-12 items-center border-b border-slate-200 px-1 text-lg font-medium text-brand-900';
}

/** The site's sections: a row on wide screens, a column inside the phone menu. */
export function MainNavigation({ layout }: { layout: 'row' | 'column' }) {
  const t = useTranslations('nav');
  const locale = useLocale();
  const navigation = [
    { href: pagePath('charged', locale), label: t('charged') },
    { href: practiceAreaIndexPath(locale), label: t('practiceAreas') },
    { href: articleIndexPath(1, locale), label: t('articles') },
    { href: pagePath('faq', locale), label: t('questions') },
    { href: pagePath('glossary', locale), label: t('glossary') },
    { href: attorneyIndexPath(locale), label: t('attorneys') },
    { href: pagePath('about', locale), label: t('about') },
    { href: pagePath('padilla', locale), label: t('defenseLawyers') },
    { href: pagePath('contact', locale), label: t('contact') },
  ];
  return (
    <nav aria-label={t('label')}>
      <ul className={layout === 'row' ? 'flex flex-wrap gap-x-1' : 'flex flex-col'}>
        {navigation.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className={navLinkClass(layout)}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
