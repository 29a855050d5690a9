import { useLocale } from 'next-intl';
import { getFirm } from '@/lib/content';
import { FirmAddressText, FirmAvailability, FirmEmailLink, FirmHoursText, FirmLanguagesText } from '../firm-facts';
import { PhoneLink } from '../phone-link';

// Firm facts for MDX pages, read from content/firm.yaml so no page types them again.

/** The firm, with its sentences in the page's language. */
function useFirm() {
  return getFirm(useLocale());
}

export function FirmName() {
  return <>{useFirm().name}</>;
}

export function FirmPhone() {
  return <PhoneLink firm={useFirm()} />;
}

export function FirmEmail() {
  return <FirmEmailLink firm={useFirm()} />;
}

export function FirmAddress() {
  const firm = useFirm();
  return (
    <>
      {firm.name}
      <FirmAddressText firm={firm} lines />
    </>
  );
}

export function FirmLanguages() {
  return <FirmLanguagesText firm={useFirm()} />;
}

export function FirmHours() {
  return <FirmHoursText firm={useFirm()} />;
}

/** After hours, reply time and first consultation, as a short list. */
export function FirmAvailabilityList() {
  return <FirmAvailability firm={useFirm()} />;
}
