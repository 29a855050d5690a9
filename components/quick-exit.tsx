import { useTranslations } from 'next-intl';
import { QuickExitButton } from './quick-exit-button';

/**
 * A page anyone may open on a shared phone or in a violent home shows a way
 * out at once. It leads to a search engine's front page, which says nothing
 * of what was read here; nothing is sent anywhere until it is tapped.
 */
export const QUICK_EXIT_DESTINATION = 'https://www.google.com/';

export function QuickExit() {
  const t = useTranslations('quickExit');
  return (
    // Floated beside the title, so the title stays where a reader on a phone looks first; on a narrow phone, above
    // it, so a title word never breaks beside the button ("Inmigraci / ón").
    <div className="float-right mb-2 ml-3 max-[24rem]:float-none max-[24rem]:ml-0 max-[24rem]:flex max-[24rem]:justify-end print:hidden">
      <QuickExitButton destination={QUICK_EXIT_DESTINATION} label={t('label')} hint={t('hint')} />
    </div>
  );
}
