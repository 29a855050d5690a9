import type { OpeningHours } from '@/lib/content';

/** "Monday to Friday, 09:00 to 18:00" */
export function OpeningHoursText({ hours }: { hours: readonly OpeningHours[] }) {
  return (
    <p>
      Hours:{' '}
      {hours
        .map(({ days, opens, closes }) => {
          const span = days.length > 2 ? `${days[0]} to ${days[days.length - 1]}` : days.join(' and ');
          return `${span}, ${opens} to ${closes}`;
        })
        .join('; ')}
    </p>
  );
}
