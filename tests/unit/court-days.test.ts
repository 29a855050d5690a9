import { describe, expect, it } from 'vitest';
import { federalHoliday, federalHolidays, nextFederalFilingDay } from '@/lib/relief-check/court-days';

describe('the federal legal holidays (5 U.S.C. § 6103(a))', () => {
  it('names the eleven days of a year on their statutory dates, fixed and floating', () => {
    expect([...federalHolidays(2027).entries()]).toEqual([
      ['2027-01-01', 'New Year’s Day'],
      ['2027-01-18', 'Martin Luther King Jr. Day'],
      ['2027-02-15', 'Washington’s Birthday'],
      ['2027-05-31', 'Memorial Day'],
      ['2027-06-19', 'Juneteenth'],
      ['2027-07-04', 'Independence Day'],
      ['2027-09-06', 'Labor Day'],
      ['2027-10-11', 'Columbus Day'],
      ['2027-11-11', 'Veterans Day'],
      ['2027-11-25', 'Thanksgiving Day'],
      ['2027-12-25', 'Christmas Day'],
    ]);
  });

  it('finds the floating days when the month starts on the day itself, and the last Monday of a 31-day May', () => {
    // September 2025 starts on a Monday; May 2026 ends on a Sunday; February 2028 has 29 days.
    expect(federalHoliday('2025-09-01')).toBe('Labor Day');
    expect(federalHoliday('2026-05-25')).toBe('Memorial Day');
    expect(federalHoliday('2028-02-21')).toBe('Washington’s Birthday');
    expect(federalHoliday('2028-11-23')).toBe('Thanksgiving Day');
  });

  it('counts Juneteenth only from 2021, when it became a holiday', () => {
    expect(federalHoliday('2020-06-19')).toBeUndefined();
    expect(federalHoliday('2021-06-18')).toBeUndefined();
    expect(federalHoliday('2021-06-19')).toBe('Juneteenth');
  });

  it('leaves out the Friday or Monday observed for a weekend holiday: the earlier reading', () => {
    // 4 July 2026 is a Saturday, 25 December 2027 a Saturday, 4 July 2027 a Sunday.
    expect(federalHoliday('2026-07-03')).toBeUndefined();
    expect(federalHoliday('2027-12-24')).toBeUndefined();
    expect(federalHoliday('2027-07-05')).toBeUndefined();
  });
});

describe('the next day a federal notice of appeal can be filed (Fed. R. App. P. 26(a)(1)(C))', () => {
  it('keeps a working day', () => {
    expect(nextFederalFilingDay('2026-12-09')).toBe('2026-12-09');
  });

  it('moves a Sunday past Martin Luther King Jr. Day to the Tuesday', () => {
    expect(nextFederalFilingDay('2027-01-17')).toBe('2027-01-19');
  });

  it('moves a weekday holiday to the next working day, and past a weekend after it', () => {
    expect(nextFederalFilingDay('2026-11-26')).toBe('2026-11-27');
    expect(nextFederalFilingDay('2026-12-25')).toBe('2026-12-28');
    expect(nextFederalFilingDay('2026-06-19')).toBe('2026-06-22');
  });

  it('crosses the year end: New Year’s Day on a Saturday moves to the Monday', () => {
    expect(nextFederalFilingDay('2027-12-31')).toBe('2027-12-31');
    expect(nextFederalFilingDay('2028-01-01')).toBe('2028-01-03');
  });

  it('counts 29 February as a working day', () => {
    expect(nextFederalFilingDay('2028-02-29')).toBe('2028-02-29');
  });
});
