import { displayPhone, telHref } from '@/lib/phone';

type PhoneLinkProps = { phone: string; className?: string; label?: string };

/** Click-to-call link; the one place a `tel:` href is built. */
export function PhoneLink({ phone, className = 'text-link', label }: PhoneLinkProps) {
  return (
    <a href={telHref(phone)} className={className}>
      {label ? `${label} ` : ''}
      {displayPhone(phone)}
    </a>
  );
}
