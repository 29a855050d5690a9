import Link from 'next/link';
import type { Firm } from '@/lib/content';
import { PhoneLink } from './phone-link';

const NAVIGATION = [
  { href: '/practice-areas', label: 'Practice areas' },
  { href: '/articles', label: 'Articles' },
  { href: '/contact', label: 'Contact' },
] as const;

export function SiteHeader({ firm }: { firm: Firm }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="min-h-12 content-center text-xl font-bold text-brand-900 no-underline">
          {firm.name}
        </Link>
        <div className="flex flex-wrap gap-2">
          <PhoneLink phone={firm.phone} label="Call" className="button-secondary" />
          <Link href="/contact" className="button-primary">
            Request a consultation
          </Link>
        </div>
      </div>
      <nav aria-label="Main" className="border-t border-slate-200 bg-brand-50">
        <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-2 px-2">
          {NAVIGATION.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="inline-flex min-h-12 items-center px-3 font-medium text-brand-900 underline-offset-4 hover:underline">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
