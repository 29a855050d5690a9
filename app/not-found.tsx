import { Link } from '@/components/link';
import { PhoneLink } from '@/components/phone-link';
import { SearchForm } from '@/components/search-form';
import { getFirm } from '@/lib/content';
import { articleIndexPath, pagePath, practiceAreaIndexPath } from '@/lib/routes';

export default function NotFound() {
  const firm = getFirm();
  return (
    <div className="max-w-prose text-lg">
      <h1 className="text-3xl font-bold text-brand-900">We could not find that page</h1>
      <p className="mt-3">The link may be old, or the address may have a typing mistake.</p>
      <div className="mt-4">
        <SearchForm id="not-found-search" />
      </div>
      <p className="mt-6">Or go to:</p>
      <ul className="mt-4 list-disc space-y-2 pl-6">
        <li>
          <Link href={articleIndexPath()} className="text-link">
            Read our articles
          </Link>
        </li>
        <li>
          <Link href={practiceAreaIndexPath()} className="text-link">
            See how we help
          </Link>
        </li>
        <li>
          Talk to us: <PhoneLink firm={firm} /> or{' '}
          <Link href={pagePath('contact')} className="text-link">
            request a consultation
          </Link>
        </li>
      </ul>
    </div>
  );
}
