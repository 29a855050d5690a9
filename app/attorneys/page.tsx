import type { Metadata } from 'next';
import Link from 'next/link';
import { AttorneyAvatar } from '@/components/attorney-avatar';
import { listAttorneys } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Our attorneys',
  description: 'The attorneys of the firm: their roles, bar admissions, languages and education, and the articles they wrote.',
  path: '/attorneys',
});

export default function AttorneysPage() {
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900 sm:text-4xl">Our attorneys</h1>
      <ul className="mt-8 grid gap-6 sm:grid-cols-2">
        {listAttorneys().map((attorney) => (
          <li key={attorney.slug} className="flex items-center gap-4 rounded-xl border border-slate-200 p-5">
            <AttorneyAvatar attorney={attorney} size={72} />
            <div>
              <h2 className="text-xl font-bold">
                <Link href={`/attorneys/${attorney.slug}`} className="text-brand-800 underline-offset-4 hover:underline">
                  {attorney.name}
                </Link>
              </h2>
              <p className="text-slate-700">{attorney.role}</p>
              <p className="text-slate-700">Speaks {attorney.languages.join(', ')}</p>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
