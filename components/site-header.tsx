import Link from 'next/link';
import type { Firm } from '@/lib/content';
import { PhoneLink } from './phone-link';
import { SearchForm } from './search-form';
import { articleIndexPath, attorneyIndexPath, homePath, pagePath, practiceAreaIndexPath } from '@/lib/routes';

const NAVIGATION = [
  { href: practiceAreaIndexPath(), label: 'Practice areas' },
  { href: articleIndexPath(), label: 'Articles' },
  { href: pagePath('faq'), label: 'Questions' },
  { href: attorneyIndexPath(), label: 'Attorneys' },
  { href: pagePath('about'), label: 'About' },
  { href: pagePath('contact'), label: 'Contact' },
] as const;

export function SiteHeader({ firm }: { firm: Firm }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href={homePath()} className="min-h-12 content-center text-xl font-bold text-brand-900 no-underline">
          {firm.name}
        </Link>
        <div className="flex flex-wrap gap-2">
          <PhoneLink firm={firm} label="Call" className="button-secondary" />
          <Link href={pagePath('contact')} className="button-primary">
            Request a consultation
          </Link>
        </div>
      </div>
      <div className="border-t border-slate-200 bg-brand-50">
        <div className="mx-auto flex max-w-5xl flex-col gap-2 px-2 py-1 md:flex-row md:items-center md:justify-between">
          <nav aria-label="Main">
            <ul className="flex flex-wrap gap-x-1">
              {NAVIGATION.map((item) => (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    className="inline-flex min-h-12 items-center px-3 font-medium text-brand-900 underline-offset-4 hover:underline"
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="px-2 pb-2 md:w-72 md:pb-0">
            <SearchForm id="header-search" compact />
          </div>
        </div>
      </div>
    </header>
  );
}
