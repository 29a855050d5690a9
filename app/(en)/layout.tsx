import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SITE_MENU_SCRIPT } from '@/components/site-header';
import { MarkScripted } from '@/components/needs-script';
import { JsonLd } from '@/components/json-ld';
import { getFirm, listAttorneys } from '@/lib/content';
import { env } from '@/lib/env';
import { DEFAULT_LOCALE, LOCALES } from '@/lib/routes';
import { legalServiceJsonLd } from '@/lib/seo/json-ld';
import { feedAlternate } from '@/lib/seo/metadata';
import '../globals.css';

type Props = { children: ReactNode; params: Promise<{ locale?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale = DEFAULT_LOCALE } = await params;
  if (!hasLocale(LOCALES, locale)) return {};
  const firm = getFirm(locale);
  const t = await getTranslations({ locale, namespace: 'site' });
  return {
    metadataBase: new URL(env.SITE_URL),
    title: { default: t('title', { firm: firm.name }), template: `%s | ${firm.name}` },
    description: firm.summary,
    applicationName: firm.name,
    alternates: { types: feedAlternate(t('feedTitle', { firm: firm.name }), locale) },
  };
}

export const viewport: Viewport = {
  themeColor: '#0f2a4a',
  width: 'device-width',
  initialScale: 1,
  // Lets the call bar keep clear of the home indicator on phones without a button.
  viewportFit: 'cover',
};

/** The root layout of the English pages; app/(es)/es/layout.tsx shows it for Spanish. */
export default async function RootLayout({ children, params }: Props) {
  const { locale = DEFAULT_LOCALE } = await params;
  if (!hasLocale(LOCALES, locale)) notFound();
  // Lets the pages below render statically while next-intl knows their language.
  setRequestLocale(locale);
  return (
    <html lang={locale} suppressHydrationWarning>
      <body className="call-bar-space flex min-h-screen flex-col font-sans">
        <MarkScripted />
        {children}
        <script dangerouslySetInnerHTML={{ __html: SITE_MENU_SCRIPT }} />
        <JsonLd data={legalServiceJsonLd(getFirm(locale), listAttorneys(locale), env.SITE_URL, locale)} />
      </body>
    </html>
  );
}
