import Link from 'next/link';
import type { Firm } from '@/lib/content';
import { OpeningHoursText } from './opening-hours';
import { PhoneLink } from './phone-link';
import { feedPath, pagePath } from '@/lib/routes';

const FOOTER_LINKS = [
  { href: pagePath('contact'), label: 'Contact' },
  { href: pagePath('privacy'), label: 'Privacy' },
  { href: pagePath('disclaimer'), label: 'Disclaimer' },
] as const;

export function SiteFooter({ firm }: { firm: Firm }) {
  const { street, locality, region, postalCode } = firm.address;
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 text-base">
      <div className="mx-auto grid max-w-5xl gap-8 px-4 py-10 sm:grid-cols-2">
        <div>
          <p className="font-bold text-slate-900">{firm.name}</p>
          <address className="not-italic text-slate-700">
            {street}
            <br />
            {locality}, {region} {postalCode}
          </address>
          <p className="mt-2">
            <PhoneLink phone={firm.phone} label="Phone:" />
          </p>
          <p>
            Email:{' '}
            <a href={`mailto:${firm.email}`} className="text-link">
              {firm.email}
            </a>
          </p>
          <OpeningHoursText hours={firm.hours} />
        </div>
        <div className="text-slate-700">
          <p className="font-bold text-slate-900">Attorney Advertising</p>
          <p>Prior results do not guarantee a similar outcome.</p>
          <p className="mt-2">
            This website gives general information, not legal advice. Reading it or contacting us does not create an
            attorney-client relationship.
          </p>
          <ul className="mt-3 flex flex-wrap gap-x-4">
            {FOOTER_LINKS.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="text-link inline-flex min-h-10 items-center">
                  {link.label}
                </Link>
              </li>
            ))}
            <li>
              <a href={feedPath()} className="text-link inline-flex min-h-10 items-center">
                RSS feed
              </a>
            </li>
          </ul>
        </div>
      </div>
      <p className="border-t border-slate-200 px-4 py-4 text-center text-sm text-slate-700">
        © {firm.legalName}. This website is the responsibility of {firm.legalName}.
      </p>
    </footer>
  );
}
