import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site-footer';
import { SampleSiteNotice } from '@/components/sample-site-notice';
import { SITE_MENU_SCRIPT, SiteHeader } from '@/components/site-header';
import { CallBar } from '@/components/call-bar';
import { DetainedStrip } from '@/components/detained-strip';
import { JsonLd } from '@/components/json-ld';
import { getFirm, listAttorneys } from '@/lib/content';
import { env } from '@/lib/env';
import { legalServiceJsonLd } from '@/lib/seo/json-ld';
import { feedAlternate, siteTitle } from '@/lib/seo/metadata';
import './globals.css';

export function generateMetadata(): Metadata {
  const firm = getFirm();
  return {
    metadataBase: new URL(env.SITE_URL),
    title: { default: siteTitle(firm), template: `%s | ${firm.name}` },
    description: firm.summary,
    applicationName: firm.name,
    alternates: { types: feedAlternate(firm.name) },
  };
}

export const viewport: Viewport = {
  themeColor: '#0f2a4a',
  width: 'device-width',
  initialScale: 1,
  // Lets the call bar keep clear of the home indicator on phones without a button.
  viewportFit: 'cover',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const firm = getFirm();
  const attorneys = listAttorneys();
  return (
    <html lang="en">
      <body className="call-bar-space flex min-h-screen flex-col font-sans">
        <a
          href="#main"
          className="sr-only z-50 rounded-lg bg-white px-4 py-3 font-semibold text-brand-900 focus:not-sr-only focus:absolute focus:left-2 focus:top-2"
        >
          Skip to main content
        </a>
        <SampleSiteNotice firm={firm} attorneys={attorneys} />
        <SiteHeader firm={firm} />
        <DetainedStrip />
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto w-full max-w-5xl flex-1 px-4 pt-3 pb-8 focus:outline-none md:pt-8"
        >
          {children}
        </main>
        <SiteFooter firm={firm} attorneys={attorneys} />
        <CallBar firm={firm} />
        <script dangerouslySetInnerHTML={{ __html: SITE_MENU_SCRIPT }} />
        <JsonLd data={legalServiceJsonLd(firm, attorneys, env.SITE_URL)} />
      </body>
    </html>
  );
}
