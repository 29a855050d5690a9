import { useTranslations } from 'next-intl';
import type { Firm } from '@/lib/content';
import { env } from '@/lib/env';
import { PhoneLink } from './phone-link';
import { PrintButton } from './print-button';

/**
 * Print this page, or send its address by text message or WhatsApp, or
 * call the firm. Plain links: nothing reaches anyone until one is tapped,
 * and then only the page's address, never anything typed on the site.
 */
export function ShareLinks({ path, firm }: { path: string; firm: Firm }) {
  const t = useTranslations('share');
  const message = `${t('message')} ${new URL(path, env.SITE_URL).toString()}`;
  return (
    <section aria-labelledby="share-heading" className="mt-8 print:hidden" data-share>
      <h2 id="share-heading" className="text-2xl font-bold text-brand-900">
        {t('title')}
      </h2>
      <p className="mt-2 text-slate-700">{t('note')}</p>
      <ul className="mt-4 flex flex-wrap gap-3">
        <li>
          <PrintButton label={t('print')} withoutScript={t('printWithoutScript')} />
        </li>
        <li>
          <a href={`sms:?&body=${encodeURIComponent(message)}`} className="button-secondary">
            {t('text')}
          </a>
        </li>
        <li>
          <a href={`https://wa.me/?text=${encodeURIComponent(message)}`} rel="noreferrer" className="button-secondary">
            {t('whatsapp')}
          </a>
        </li>
        <li>
          <PhoneLink firm={firm} label={t('call')} className="button-secondary" />
        </li>
      </ul>
    </section>
  );
}
