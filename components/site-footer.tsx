import { Link } from '@/components/link';
import type { Attorney, Firm } from '@/lib/content';
import { feedPath, pagePath } from '@/lib/routes';
import { FirmAddressText, FirmAvailability, FirmEmailLink, FirmHoursText, inWords } from './firm-facts';
import { PhoneLink } from './phone-link';
import { MaybeSample } from './sample-mark';

const FOOTER_LINKS = [
  { href: pagePath('contact'), label: 'Contact' },
  { href: pagePath('privacy'), label: 'Privacy' },
  { href: pagePath('disclaimer'), label: 'Disclaimer' },
] as const;

export function SiteFooter({ firm, attorneys }: { firm: Firm; attorneys: readonly Attorney[] }) {
  const admissions = [...new Set(attorneys.flatMap((attorney) => attorney.barAdmissions))];
  const admissionsAreSamples = attorneys.some((attorney) => attorney.placeholders.includes('barAdmissions'));
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 text-base print:hidden">
      <div className="mx-auto grid max-w-5xl gap-8 px-4 py-10 sm:grid-cols-2">
        <div>
          <p className="font-bold text-slate-900">{firm.name}</p>
          <div className="text-slate-700">
            <FirmAddressText firm={firm} lines />
          </div>
          <p className="mt-2">
            <PhoneLink firm={firm} label="Phone:" />
          </p>
          <p>
            Email: <FirmEmailLink firm={firm} />
          </p>
          <FirmHoursText firm={firm} />
          <FirmAvailability firm={firm} />
        </div>
        <div className="text-slate-700">
          <p className="font-bold text-slate-900">Attorney Advertising</p>
          <p>Prior results do not guarantee a similar outcome.</p>
          {admissions.length > 0 ? (
            <p className="mt-2">
              Our lawyers are licensed to practise law in: {inWords(admissions)}
              <MaybeSample sample={admissionsAreSamples} />. A lawyer licensed in any state may appear in immigration
              court. A criminal or post-conviction case in a state court needs a lawyer licensed in that state, or one
              the court admits for that one case.
            </p>
          ) : null}
          <p className="mt-2">
            This website gives general information, not legal advice. Reading it or contacting us does not create an
            attorney-client relationship.
          </p>
          <ul className="mt-3 flex flex-wrap gap-x-4">
            {FOOTER_LINKS.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="text-link inline-flex min-h-11 items-center">
                  {link.label}
                </Link>
              </li>
            ))}
            <li>
              <a href={feedPath()} className="text-link inline-flex min-h-11 items-center">
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
