import { useLocale } from 'next-intl';
import { NotFoundContent } from '@/components/not-found/not-found-content';
import { SiteFrame } from '@/components/site-frame';
import { getFirm } from '@/lib/content';

/**
 * The 404 page inside a language's layout, for a page that calls notFound()
 * and for links followed in the browser. An address no route serves is
 * answered by app/global-not-found.tsx, which renders the same content.
 */
export default function NotFound() {
  const locale = useLocale();
  return (
    <SiteFrame versions={{}}>
      <NotFoundContent firm={getFirm(locale)} />
    </SiteFrame>
  );
}
