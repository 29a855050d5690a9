import { useTranslations } from 'next-intl';
import type { ComponentProps } from 'react';

const FOOTNOTES_HEADING = '#footnote-label';
const BACK_LABEL = /(\d+(?:-\d+)?)$/;

/**
 * Every link in an MDX body. The footnotes' heading and "back to
 * reference" links are written by remark-gfm in English whatever the page's
 * language; this gives them the page's words, so a screen reader does not
 * read English in the middle of a Spanish page. Other links pass through.
 */
export function FootnoteAwareLink({ children, ...props }: ComponentProps<'a'>) {
  const t = useTranslations('prose');
  if (props.href === FOOTNOTES_HEADING) return <a {...props}>{t('footnotes')}</a>;
  const label = props['aria-label'];
  if ('data-footnote-backref' in props && typeof label === 'string') {
    const reference = BACK_LABEL.exec(label)?.[1] ?? '';
    return (
      <a {...props} aria-label={t('backToReference', { reference })}>
        {children}
      </a>
    );
  }
  return <a {...props}>{children}</a>;
}
