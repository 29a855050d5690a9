/**
 * The A-number (alien registration number) on immigration papers: 7 to 9
 * digits after an "A". The ICE locator and EOIR's case line take it as nine
 * digits, with zeros in front of a shorter one.
 */

/** The A-number as nine digits ("012345678"), from "A-012-345-678", "A12345678" or "12 345 678"; undefined when it is not one. */
export function aNumberDigits(typed: string): string | undefined {
  const text = typed.trim().replace(/^a\s*[-#:.]?\s*/i, '');
  if (!/^[\d\s.-]+$/.test(text)) return undefined;
  const digits = text.replace(/\D/g, '');
  return digits.length >= 7 && digits.length <= 9 ? digits.padStart(9, '0') : undefined;
}

/** "A-012-345-678", as the papers print it. */
export function aNumberInWords(digits: string): string {
  return `A-${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
}
