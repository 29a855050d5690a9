import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getContent, getFirm, findPage } from '@/lib/content';
import { loadPageBody } from '@/lib/content/bodies';
import { pageLocale, type LocaleParams } from '@/lib/i18n/params';
import { versionsWhere, type PageVersions } from '@/lib/i18n/versions';
import { pageMetadata } from '@/lib/seo/metadata';
import { firmPagePath, type Locale } from '@/lib/routes';
import { LegalNotice } from './article/legal-notice';
import { ReviewLine, reviewOf } from './article/review-line';
import { PageTitle } from './page-title';
import { Prose } from './prose';
import { ShareLinks } from './share-links';
import { SiteFrame } from './site-frame';

/** The languages a firm page (content/pages/<slug>.mdx and its translations) is written in. */
function firmPageVersions(slug: string): PageVersions {
  return versionsWhere((locale) =>
    getContent(locale).pages.some((page) => page.slug === slug) ? firmPagePath(slug, locale) : undefined,
  );
}

/** Metadata for a firm page read from content/pages/<slug>.mdx (or its translation). */
export function firmPageMetadata(slug: string, locale: Locale): Metadata {
  const page = findPage(slug, locale);
  return pageMetadata({ title: page.title, description: page.description, locale, versions: firmPageVersions(slug) });
}

/** The firm pages a person may be reading on a phone someone else can see: they show the quick exit. */
const QUICK_EXIT_PAGES: readonly string[] = ['detained', 'gather', 'rights'];
/** The firm pages a family prints or sends on: they end with ways to print and share them. */
const SHARED_PAGES: readonly string[] = ['gather', 'rights'];

/**
 * A firm page (about, privacy, disclaimer, detained): its MDX under its title; `children` (a form) after it;
 * `lead`, under the title, what a reader in a hurry needs before the text (a link to the form).
 */
export async function FirmPage({
  slug,
  locale,
  lead,
  children,
}: {
  slug: string;
  locale: Locale;
  lead?: ReactNode;
  children?: ReactNode;
}) {
  const page = findPage(slug, locale);
  const Body = await loadPageBody(slug, locale);
  const review = reviewOf(page, locale);
  return (
    <SiteFrame
      versions={firmPageVersions(slug)}
      quickExit={QUICK_EXIT_PAGES.includes(slug)}
      onDetainedPage={slug === 'detained'}
    >
      <PageTitle intro={page.description}>{page.title}</PageTitle>
      {page.legalInformation ? (
        <p className="mt-2 text-base text-slate-700">
          <ReviewLine review={review} of="page" />
        </p>
      ) : null}
      {lead}
      <div className="mt-6">
        <Prose>
          <Body />
        </Prose>
      </div>
      {children}
      {SHARED_PAGES.includes(slug) ? <ShareLinks path={firmPagePath(slug, locale)} firm={getFirm(locale)} /> : null}
      {page.legalInformation && page.updated ? (
        <LegalNotice firm={getFirm(locale)} updated={page.updated} review={review} of="page" />
      ) : null}
    </SiteFrame>
  );
}

/** The route of a firm page: app/[locale]/<page>/page.tsx is this and nothing else. */
export function firmPageRoute(slug: string) {
  return {
    generateMetadata: async ({ params }: LocaleParams) => firmPageMetadata(slug, await pageLocale(params)),
    Page: async ({ params }: LocaleParams) => <FirmPage slug={slug} locale={await pageLocale(params)} />,
  };
}
