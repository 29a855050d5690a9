import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/components/link';
import type { Firm, FrameAttorney } from '@/lib/content';
import { feedPath, pagePath } from '@/lib/routes';
import { FirmAddressText, FirmAvailability, FirmEmailLink, FirmHoursText, inWords } from './firm-facts';
import { federalCourtName } from '@/lib/content/federal-courts';
import { admissionsOf } from '@/lib/content/admissions';
import { stateName } from '@/lib/content/states';
import { isSampleFact } from '@/lib/content/sample-fact';
import { PhoneLink } from './phone-link';
import { MaybeSample } from './sample-mark';

export function SiteFooter({ firm, attorneys }: { firm: Firm; attorneys: readonly FrameAttorney[] }) {
  const t = useTranslations('footer');
  const locale = useLocale();
  const admitted = admissionsOf(attorneys);
  const admissions = admitted.states.map((code) => stateName(code, locale));
  const admissionsAreSamples = admitted.sample;
  const courts = [...new Set(attorneys.flatMap((attorney) => attorney.federalCourts))].map((court) =>
    federalCourtName(court, locale),
  );
  const courtsAreSamples = attorneys.some((attorney) => attorney.placeholders.includes('federalCourts'));
  const links = [
    { href: pagePath('contact', locale), label: t('contact') },
    { href: pagePath('padilla', locale), label: t('defenseLawyers') },
    { href: pagePath('privacy', locale), label: t('privacy') },
    { href: pagePath('disclaimer', locale), label: t('disclaimer') },
  ];
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 text-base print:hidden">
      <div className="mx-auto grid max-w-5xl gap-8 px-4 py-10 sm:grid-cols-2">
        <div>
          <p className="font-bold text-slate-900">{firm.name}</p>
          <div className="text-slate-700">
            <FirmAddressText firm={firm} lines />
          </div>
          <p className="mt-2">
            <PhoneLink firm={firm} label={t('phone')} />
          </p>
          <p>
            {t('email')} <FirmEmailLink firm={firm} />
          </p>
          <FirmHoursText firm={firm} />
          <FirmAvailability firm={firm} />
        </div>
        <div className="text-slate-700">
          {/* Some states, such as New York, require these English words: the Spanish edition puts its translation beside them. */}
          <p className="font-bold text-slate-900">{t('advertising')}</p>
          <p>{t('priorResults')}</p>
          {admissions.length > 0 ? (
            <p className="mt-2">
              {t('licensedIn', { places: inWords(admissions, locale) })}
              <MaybeSample sample={admissionsAreSamples} />.{' '}
              {courts.length > 0 ? (
                <>
                  {t('federalCourts', { courts: inWords(courts, locale) })}
                  <MaybeSample sample={courtsAreSamples} />.{' '}
                </>
              ) : null}
              {t('whereTheyPractise')}
            </p>
          ) : null}
          <p className="mt-2">{t('notLegalAdvice')}</p>
          <ul className="mt-3 flex flex-wrap gap-x-4">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="text-link inline-flex min-h-11 items-center">
                  {link.label}
                </Link>
              </li>
            ))}
            <li>
              <a href={feedPath(locale)} className="text-link inline-flex min-h-11 items-center">
                {t('feed')}
              </a>
            </li>
          </ul>
        </div>
      </div>
      <p className="border-t border-slate-200 px-4 py-4 text-center text-sm text-slate-700">
        {t('responsibility', { legalName: firm.legalName })}
        <MaybeSample sample={isSampleFact(firm, 'legalName')} />
      </p>
    </footer>
  );
}
