import { useLocale } from 'next-intl';
import { formatDate } from '@/lib/dates';

export function DateText({ date }: { date: string }) {
  return <time dateTime={date}>{formatDate(date, useLocale())}</time>;
}
