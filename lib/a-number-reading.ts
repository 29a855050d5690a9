'use server';

import { aNumberDigits } from './a-number';

/** What a person typed into the A-number helper, and its nine digits when it is an A-number. */
export type ANumberReading = { typed: string; digits?: string };

/**
 * The A-number helper's answer without JavaScript: the number as the ICE
 * locator and EOIR's line want it. Nothing is stored or logged.
 */
export async function readANumber(_previous: ANumberReading, form: FormData): Promise<ANumberReading> {
  const value = form.get('aNumber');
  const typed = typeof value === 'string' ? value.slice(0, 40) : '';
  return { typed, digits: aNumberDigits(typed) };
}
