import { parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * The phone number and email a person typed, read as the firm will use
 * them: a number is callable only when libphonenumber-js finds it valid (a
 * US number with its area code, or any number written with its country
 * code after +), and an email domain that is one slip away from a common
 * provider is pointed out, never refused (the person may really use it).
 * Shared by the form in the browser, its Server Action and the email.
 */

export type CallableNumber = {
  /** As the person would write it: "(713) 555-0142" for a US number, "+52 55 1234 5678" for another country's. */
  shown: string;
  /** As an international dialler writes it: "+1 713 555 0142". */
  international: string;
  /** A `tel:` link. */
  uri: string;
};

export function callableNumber(typed: string): CallableNumber | undefined {
  const number = parsePhoneNumberFromString(typed, 'US');
  if (!number?.isValid()) return undefined;
  const international = number.formatInternational();
  return {
    shown: number.country === 'US' ? number.formatNational() : international,
    international,
    uri: number.getURI(),
  };
}
