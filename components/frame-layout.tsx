import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

/**
 * The order of every page, the 404 page included: the skip link, the sample
 * notice, the header, the page's own content, the footer and the call bar.
 */
export function FrameLayout({
  notice,
  header,
  footer,
  callBar,
  children,
}: {
  notice: ReactNode;
  header: ReactNode;
  footer: ReactNode;
  callBar: ReactNode;
  children: ReactNode;
}) {
  const t = useTranslations('site');
  return (
    <>
      <a
        href="#main"
        className="sr-only z-50 rounded-lg bg-white px-4 py-3 font-semibold text-brand-900 focus:not-sr-only focus:absolute focus:left-2 focus:top-2"
      >
        {t('skipLink')}
      </a>
      {notice}
      {header}
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-5xl flex-1 px-4 pt-3 pb-8 focus:outline-none md:pt-8"
      >
        {children}
      </main>
      {footer}
      {callBar}
    </>
  );
}
