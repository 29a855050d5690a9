import { Link } from '@/components/link';
import { articleIndexPath, attorneyIndexPath, pagePath, practiceAreaIndexPath } from '@/lib/routes';

const NAVIGATION = [
  { href: practiceAreaIndexPath(), label: 'Practice areas' },
  { href: articleIndexPath(), label: 'Articles' },
  { href: pagePath('faq'), label: 'Questions' },
  { href: pagePath('glossary'), label: 'Legal words' },
  { href: attorneyIndexPath(), label: 'Attorneys' },
  { href: pagePath('about'), label: 'About' },
  { href: pagePath('contact'), label: 'Contact' },
] as const;

/** The site's sections: a row on wide screens, a column inside the phone menu. */
export function MainNavigation({ layout }: { layout: 'row' | 'column' }) {
  return (
    <nav aria-label="Main">
      <ul className={layout === 'row' ? 'flex flex-wrap gap-x-1' : 'flex flex-col'}>
        {NAVIGATION.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              className={
                layout === 'row'
                  ? 'inline-flex min-h-12 items-center px-2 font-medium text-brand-900 underline-offset-4 hover:underline'
                  : 'flex min-h-12 items-center border-b border-slate-200 px-1 text-lg font-medium text-brand-900'
              }
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
