import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/components/link';
import type { Firm } from '@/lib/content';
import { pagePath } from '@/lib/routes';
import { PhoneLink } from './phone-link';

/**
 * On phones, calling and asking for a consultation stay one tap away at the
 * bottom of the screen. The page reserves the bar's height (and the
 * phone's safe area), so it never covers the last line; it is hidden on
 * the contact page, where the form is (globals.css). With large text on a
 * phone (less than 20rem across, as at 150 % text on a 360 px screen) a
 * fixed bar would hide a third of the screen, so it becomes the page's
 * last block, its buttons one under another; the header still has the
 * call button and the menu. Words in the three buttons are never cut
 * in two, nor touch a button's edge: each button is at least as wide as
 * its longest word, and under 24rem the labels are a size smaller and the
 * bar's margins narrower instead.
 */
export function CallBar({ firm }: { firm: Firm }) {
  const t = useTranslations('callBar');
  const locale = useLocale();
  return (
    <div
      data-call-bar
      className="call-bar fixed inset-x-0 max-[20rem]:static bottom-0 z-30 border-t border-slate-300 bg-white px-3 pt-2 max-[24rem]:px-2 pb-[calc(0.5rem+env(safe-area-inset-bottom))] shadow-[0_-2px_8px_rgba(0,0,0,0.08)] md:hidden print:hidden"
    >
      <div className="flex gap-2 max-[24rem]:gap-1.5 max-[20rem]:flex-col">
        <PhoneLink
          firm={firm}
          label={t('call')}
          showNumber={false}
          className="button-secondary min-h-12 min-w-min flex-auto flex-wrap px-1.5 text-center leading-tight wrap-normal max-[24rem]:text-sm"
        />
        <Link
          href={pagePath('detained', locale)}
          className="button-secondary min-h-12 min-w-min flex-auto px-1.5 text-center leading-tight wrap-normal max-[24rem]:text-sm"
        >
          {t('detained')}
        </Link>
        <Link
          href={pagePath('contact', locale)}
          data-consult-button
          className="button-primary min-h-12 min-w-min flex-auto px-1.5 text-center leading-tight wrap-normal max-[24rem]:text-sm"
        >
          {t('consultation')}
        </Link>
      </div>
    </div>
  );
}
