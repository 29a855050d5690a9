'use client';

import { NextIntlClientProvider, useTranslations, type AbstractIntlMessages } from 'next-intl';
import { usePathname } from 'next/navigation';
import { CallBar } from '@/components/call-bar';
import { FrameLayout } from '@/components/frame-layout';
import { SampleSiteNotice } from '@/components/sample-site-notice';
import { SiteFooter } from '@/components/site-footer';
import { SITE_MENU_SCRIPT, SiteHeader } from '@/components/site-header';
import type { Firm, FrameAttorney } from '@/lib/content';
import { otherLocales } from '@/lib/i18n/versions';
import { homePath, localeOfPath, type Locale } from '@/lib/routes';
import { NotFoundContent } from './not-found-content';

/** What the 404 page needs of one language: the frame's words and the firm's facts, as plain data. */
export type NotFoundEdition = { messages: AbstractIntlMessages; firm: Firm; attorneys: FrameAttorney[] };

/**
 * The whole 404 document for an address no route serves. Next.js renders it
 * outside both languages' layouts and tells the server nothing of the
 * address, so it receives every language and picks the address's own here,
 * where the address is known both while the HTML is rendered on the server
 * and in the browser: a reader without JavaScript gets the full page.
 */
export function NotFoundDocument({ editions }: { editions: Record<Locale, NotFoundEdition> }) {
  const locale = localeOfPath(usePathname() ?? '/');
  const { messages, firm, attorneys } = editions[locale];
  const [other = locale] = otherLocales(locale);
  return (
    <html lang={locale}>
      <body className="call-bar-space flex min-h-screen flex-col font-sans">
        <NextIntlClientProvider locale={locale} messages={messages} timeZone={firm.timeZone}>
          <NotFoundTitle firm={firm} />
          <FrameLayout
            notice={<SampleSiteNotice firm={firm} attorneys={attorneys} />}
            header={
              <SiteHeader firm={firm} languageSwitch={{ href: homePath(other), locale: other, samePage: false }} />
            }
            footer={<SiteFooter firm={firm} attorneys={attorneys} />}
            callBar={<CallBar firm={firm} />}
          >
            <NotFoundContent firm={firm} />
          </FrameLayout>
        </NextIntlClientProvider>
        <script dangerouslySetInnerHTML={{ __html: SITE_MENU_SCRIPT }} />
      </body>
    </html>
  );
}

function NotFoundTitle({ firm }: { firm: Firm }) {
  const t = useTranslations('notFound');
  return <title>{`${t('title')} | ${firm.name}`}</title>;
}
