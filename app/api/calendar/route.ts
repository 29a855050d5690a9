import { CALENDAR_EVENTS, calendarEventFile } from '@/lib/calendar/event-file';
import { calendarDate } from '@/lib/content/fields';
import { getFirm } from '@/lib/content';
import { LOCALES } from '@/lib/routes';
import { z } from '@/lib/zod';

/**
 * "Add to my calendar" (components/calendar-button.tsx): a plain form post,
 * so it works without JavaScript and keeps the date out of the address and
 * the server's logs; the answer is the file, which the browser hands to
 * the phone's calendar.
 */
const requestSchema = z.object({
  event: z.enum(CALENDAR_EVENTS),
  date: calendarDate,
  locale: z.enum(LOCALES),
});

export async function POST(request: Request) {
  const form = await request.formData().catch(() => undefined);
  const parsed = requestSchema.safeParse(form ? Object.fromEntries(form) : {});
  if (!parsed.success) {
    return new Response(
      'This calendar button is broken: go back, and call us for the date.\nEste botón de calendario no funciona: regrese y llámenos para saber la fecha.\n',
      {
        status: 400,
        headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
      },
    );
  }
  const { event, date, locale } = parsed.data;
  const file = calendarEventFile({ event, date, locale, firm: getFirm(locale), now: new Date() });
  return new Response(file.text, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${file.filename}"`,
      'Cache-Control': 'no-store',
    },
  });
}
