import { useLocale, useTranslations } from 'next-intl';
import { cache } from 'react';
import { Link } from '@/components/link';
import type { Firm } from '@/lib/content';
import { homePath, pagePath, searchPath, type Locale } from '@/lib/routes';
import { DetainedStrip } from './detained-strip';
import { LanguageSwitch } from './language-switch';
import { MainNavigation, navLinkClass } from './main-navigation';
import { PhoneLink } from './phone-link';

/**
 * On phones: the firm's name, a call link and a menu on one line, so the
 * page's title starts near the top of the screen (the name wraps first,
 * and a sample number's mark under "Call"); with large text (under 20rem
 * across) the buttons move under the name rather than push the page wider
 * than the screen (WCAG 1.4.10). The menu is a
 * <details> disclosure: it opens without JavaScript, and a screen reader
 * announces it as a button that is expanded or collapsed. On wider
 * screens: the name, both buttons, the navigation and the way to search, all visible.
 * Below them, on every screen: the way to the detention page and the
 * language switch.
 */
export function SiteHeader({
  firm,
  detainedLink = true,
  languageSwitch,
}: {
  firm: Firm;
  detainedLink?: boolean;
  languageSwitch: { href: string; locale: Locale; samePage: boolean };
}) {
  const rows = sharedRows(firm);
  return (
    <header className="relative border-b border-slate-200 bg-white print:hidden">
      {rows.bar}
      {rows.navigation}
      <DetainedStrip
        link={detainedLink}
        languageSwitch={
          <LanguageSwitch
            {...languageSwitch}
            className="inline-flex min-h-11 min-w-11 items-center justify-center font-semibold text-white underline underline-offset-4"
          />
        }
      />
    </header>
  );
}

/**
 * The rows that do not depend on the page, made once per render: the page
 * and the 404 page Next.js sends along with it share one copy in the React
 * payload (only the language switch differs).
 */
const sharedRows = cache((firm: Firm) => ({ bar: <HeaderBar firm={firm} />, navigation: <HeaderNavigation /> }));

function HeaderBar({ firm }: { firm: Firm }) {
  const t = useTranslations('header');
  const locale = useLocale();
  return (
    <div className="mx-auto flex max-w-5xl items-center justify-between gap-x-2 gap-y-1 px-3 py-1 max-[20rem]:flex-wrap md:flex-wrap md:gap-3 md:px-4 md:py-3">
      <Link
        href={homePath(locale)}
        className="min-h-11 shrink-0 content-center text-lg font-bold leading-tight text-brand-900 no-underline wrap-normal md:text-xl"
      >
        {firm.name}
      </Link>

      <div className="flex min-w-0 items-center gap-2 max-[20rem]:flex-wrap md:hidden">
        <PhoneLink
          firm={firm}
          label={t('call')}
          showNumber={false}
          className="button-secondary min-h-11 min-w-0 flex-wrap px-3 py-2"
        />
        <details data-site-menu className="group">
          <summary className="button-primary min-h-11 cursor-pointer list-none whitespace-nowrap px-3 py-2 [&::-webkit-details-marker]:hidden">
            <span aria-hidden="true" className="mr-1 group-open:hidden">
              ☰
            </span>
            <span aria-hidden="true" className="mr-1 hidden group-open:inline">
              ✕
            </span>
            {t('menu')}
          </summary>
          <div className="absolute inset-x-0 z-40 mt-1 border-b-4 border-brand-800 bg-white px-4 pb-4 shadow-lg">
            <MainNavigation layout="column" />
            <SearchLink layout="column" />
            <Link href={pagePath('contact', locale)} className="button-primary mt-4 w-full" data-consult-button>
              {t('consultation')}
            </Link>
          </div>
        </details>
      </div>

      <div className="hidden flex-wrap gap-2 md:flex">
        <PhoneLink firm={firm} label={t('call')} className="button-secondary" />
        <Link href={pagePath('contact', locale)} className="button-primary" data-consult-button>
          {t('consultation')}
        </Link>
      </div>
    </div>
  );
}

function HeaderNavigation() {
  return (
    <div className="hidden border-t border-slate-200 bg-brand-50 md:block">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-2 px-2 py-1">
        <div className="min-w-0 flex-1">
          <MainNavigation layout="row" />
        </div>
        <SearchLink layout="row" />
      </div>
    </div>
  );
}

/**
 * A link to the search page, not a search box: a box here would be on every
 * page, and the first text field on a page makes the phone's first layout
 * about a third slower (measured: docs/performance.md), for a search most
 * readers never use. The search page opens with its box at the top.
 */
function SearchLink({ layout }: { layout: 'row' | 'column' }) {
  const t = useTranslations('search');
  const locale = useLocale();
  return (
    <Link href={searchPath(undefined, locale)} className={`${navLinkClass(layout)} shrink-0`}>
      {t('label')}
    </Link>
  );
}

/**
 * With JavaScript on, Escape closes the open menu and returns focus to its
 * button, and choosing a link closes it (Next.js keeps the header across
 * pages, so the menu would otherwise stay open on the next one). A few lines
 * inline rather than a client component, so pages such as articles still
 * ship no JavaScript of ours to hydrate.
 */
export const SITE_MENU_SCRIPT = `(function(){function menu(){return document.querySelector('details[data-site-menu][open]')}
document.addEventListener('keydown',function(e){var m=menu();if(e.key!=='Escape'||!m)return;e.preventDefault();m.open=false;var s=m.querySelector('summary');if(s)s.focus();});
document.addEventListener('click',function(e){var m=menu();if(m&&e.target instanceof Element&&e.target.closest('details[data-site-menu] a'))m.open=false;});})();`;
