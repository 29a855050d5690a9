import { useTranslations } from 'next-intl';
import type { Article } from '@/lib/content';

/** Shown only for longer articles (three or more sections), where it helps a reader jump. */
export function TableOfContents({ headings }: { headings: Article['headings'] }) {
  const t = useTranslations('articles');
  const sections = headings.filter((heading) => heading.depth === 2);
  if (sections.length < 3) return null;
  return (
    <nav
      aria-labelledby="toc-heading"
      className="my-8 rounded-lg border border-slate-200 bg-slate-50 px-5 py-4 print:hidden"
    >
      <h2 id="toc-heading" className="text-lg font-bold">
        {t('contents')}
      </h2>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {sections.map((heading) => (
          <li key={heading.id}>
            <a href={`#${heading.id}`} className="text-link inline-block py-2">
              {heading.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
