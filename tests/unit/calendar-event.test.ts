import { describe, expect, it } from 'vitest';
import { POST } from '@/app/api/calendar/route';
import { calendarEventFile } from '@/lib/calendar/event-file';
import { messagesFor } from '@/lib/i18n/messages';

const firm = { name: 'STERN Law', phone: '+1 212 555 0100', placeholders: [] };
const NOW = new Date('2026-12-07T15:00:00Z');

/** The event's fields as a calendar reads them (the first of each: the reminder has its own), unfolded and unescaped. */
function fieldsOf(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of text.replace(/\r\n[ \t]/g, '').split('\r\n')) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon);
    if (!fields.has(name))
      fields.set(
        name,
        line
          .slice(colon + 1)
          .replace(/\\n/g, '\n')
          .replace(/\\([,;\\])/g, '$1'),
      );
  }
  return fields;
}

describe('"Add to my calendar": the .ics file', () => {
  it('is an all-day event on the deadline itself, titled in Spanish with the number, and says it is an estimate', () => {
    const file = calendarEventFile({ event: 'federal-appeal', date: '2026-12-31', locale: 'es', firm, now: NOW });
    const fields = fieldsOf(file.text);
    expect(file.filename).toBe('recordatorio-2026-12-31.ics');
    expect(fields.get('SUMMARY')).toBe(
      'Último día para presentar el aviso de apelación (caso federal) — llame al (212) 555-0100',
    );
    // The last day of the year ends on the first of the next.
    expect(fields.get('DTSTART;VALUE=DATE')).toBe('20261231');
    expect(fields.get('DTEND;VALUE=DATE')).toBe('20270101');
    expect(fields.get('DESCRIPTION')).toContain(messagesFor('es').calendar.estimate);
    expect(fields.get('DESCRIPTION')).toContain('STERN Law: (212) 555-0100');
    // Three days before, and 9 a.m. the day before, wherever the phone is.
    expect(file.text).toContain('TRIGGER:-PT72H');
    expect(file.text).toContain('TRIGGER:-PT15H');
  });

  it('keeps 29 February and the day the clocks change as the very days given', () => {
    const leap = fieldsOf(
      calendarEventFile({ event: 'section-2255', date: '2028-02-29', locale: 'en', firm, now: NOW }).text,
    );
    expect(leap.get('DTSTART;VALUE=DATE')).toBe('20280229');
    expect(leap.get('DTEND;VALUE=DATE')).toBe('20280301');
    // 2:30 a.m. in New York on the morning the clocks spring forward, and on the morning they fall back.
    for (const [date, now, next] of [
      ['2027-03-14', '2027-03-14T07:30:00Z', '20270315'],
      ['2027-11-07', '2027-11-07T06:30:00Z', '20271108'],
    ] as const) {
      const fields = fieldsOf(
        calendarEventFile({ event: 'hearing', date, locale: 'en', firm, now: new Date(now) }).text,
      );
      expect(fields.get('DTSTART;VALUE=DATE')).toBe(date.replaceAll('-', ''));
      expect(fields.get('DTEND;VALUE=DATE')).toBe(next);
    }
  });

  it('says whose date a hearing is, and marks a number the firm has not confirmed as a sample', () => {
    const fields = fieldsOf(
      calendarEventFile({
        event: 'hearing',
        date: '2027-01-04',
        locale: 'en',
        firm: { ...firm, placeholders: ['phone'] },
        now: NOW,
      }).text,
    );
    expect(fields.get('SUMMARY')).toBe('Court hearing — call a lawyer before it: (212) 555-0100 (sample)');
    expect(fields.get('DESCRIPTION')).toContain(messagesFor('en').calendar.given);
    expect(fields.get('DESCRIPTION')).not.toContain(messagesFor('en').calendar.estimate);
  });

  it('is answered to a form post, and a post that is not one of its own is refused in both languages', async () => {
    const form = new FormData();
    form.set('event', 'state-appeal');
    form.set('date', '2027-01-15');
    form.set('locale', 'en');
    const answer = await POST(new Request('http://127.0.0.1/api/calendar', { method: 'POST', body: form }));
    expect(answer.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(answer.headers.get('content-disposition')).toBe('attachment; filename="reminder-2027-01-15.ics"');
    expect(await answer.text()).toContain('DTSTART;VALUE=DATE:20270115');

    form.set('date', '2027-02-30');
    const refused = await POST(new Request('http://127.0.0.1/api/calendar', { method: 'POST', body: form }));
    expect(refused.status).toBe(400);
    expect(await refused.text()).toMatch(/call us[\s\S]*llámenos/);
  });
});
