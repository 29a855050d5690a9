import { useLocale } from 'next-intl';
import { cache, type ReactNode } from 'react';
import { getFirm, listAttorneys } from '@/lib/content';
import { otherLocales, type PageVersions } from '@/lib/i18n/versions';
import { CallBar } from './call-bar';
import { FrameLayout } from './frame-layout';
import { QuickExit } from './quick-exit';
import { SampleSiteNotice } from './sample-site-notice';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { homePath, type Locale } from '@/lib/routes';

/**
 * The parts of the frame that are the same on every page of a language, made
 * once per render: the page and the 404 page that Next.js sends along with
 * it (for a link that turns out to be missing) then share one copy in the
 * page's React payload instead of two.
 */
const sharedParts = cache((locale: Locale) => {
  const firm = getFirm(locale);
  const attorneys = listAttorneys(locale);
  return {
    notice: <SampleSiteNotice firm={firm} attorneys={attorneys} />,
    footer: <SiteFooter firm={firm} attorneys={attorneys} />,
    callBar: <CallBar firm={firm} />,
  };
});

/**
 * Everything around a page's own content: notices, header, footer and the
 * phone call bar. Each page renders it (rather than the layout) because the
 * header's language switch must know the page: it leads to this page's
 * translation when there is one, and otherwise to `fallback`, the other
 * language's home or article index, never to a missing page.
 */
export function SiteFrame({
  versions,
  fallback = homePath,
  quickExit = false,
  onDetainedPage = false,
  children,
}: {
  versions: PageVersions;
  fallback?: (locale: Locale) => string;
  /** A "leave this page quickly" button above the content: on the pages about detention, the form and the relief check. */
  quickExit?: boolean;
  /** The detention page itself: the red strip's link to it would lead the reader where she already is. */
  onDetainedPage?: boolean;
  children: ReactNode;
}) {
  const locale = useLocale();
  const firm = getFirm(locale);
  const shared = sharedParts(locale);
  const [other = locale] = otherLocales(locale);
  const translation = versions[other];
  return (
    <FrameLayout
      notice={shared.notice}
      header={
        <SiteHeader
          firm={firm}
          detainedLink={!onDetainedPage}
          languageSwitch={{ href: translation ?? fallback(other), locale: other, samePage: translation !== undefined }}
        />
      }
      footer={shared.footer}
      callBar={shared.callBar}
    >
      {quickExit ? <QuickExit /> : null}
      {children}
    </FrameLayout>
  );
}
