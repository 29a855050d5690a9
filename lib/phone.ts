/** `tel:` link for a number stored as "+1 555 010 0100". */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** How people in the US write a number: "(555) 010-0100"; other countries as stored. */
export function displayPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  const us = /^1(\d{3})(\d{3})(\d{4})$/.exec(digits);
  return us ? `(${us[1]}) ${us[2]}-${us[3]}` : phone;
}
