import { useLocale, useTranslations } from 'next-intl';
import type { CalendarEvent } from '@/lib/calendar/event-file';

/**
 * "Add to my calendar" for one date: a form of its own that posts to
 * app/api/calendar, which answers with the file. No script is needed, and
 * the date never goes in an address.
 */
export function CalendarButton({
  event,
  date,
  about,
  className = 'button-secondary',
}: {
  event: CalendarEvent;
  date: string;
  /** Which date, said to a screen reader when several buttons share a list ("Add to my calendar: Federal appeal…"). */
  about?: string;
  className?: string;
}) {
  const t = useTranslations('calendar');
  const locale = useLocale();
  return (
    <form method="post" action="/api/calendar" className="inline-block">
      <input type="hidden" name="event" value={event} />
      <input type="hidden" name="date" value={date} />
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className={className}>
        {t('add')}
        {about ? <span className="sr-only">: {about}</span> : null}
      </button>
    </form>
  );
}
