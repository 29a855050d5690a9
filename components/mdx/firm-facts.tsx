import { getFirm } from '@/lib/content';
import { FirmAddressText, FirmAvailability, FirmEmailLink, FirmHoursText, FirmLanguagesText } from '../firm-facts';
import { PhoneLink } from '../phone-link';

// Firm facts for MDX pages, read from content/firm.yaml so no page types them again.

export function FirmName() {
  return <>{getFirm().name}</>;
}

export function FirmPhone() {
  return <PhoneLink firm={getFirm()} />;
}

export function FirmEmail() {
  return <FirmEmailLink firm={getFirm()} />;
}

export function FirmAddress() {
  const firm = getFirm();
  return (
    <>
      {firm.name}
      <FirmAddressText firm={firm} lines />
    </>
  );
}

export function FirmLanguages() {
  return <FirmLanguagesText firm={getFirm()} />;
}

export function FirmHours() {
  return <FirmHoursText firm={getFirm()} />;
}

/** After hours, reply time and first consultation, as a short list. */
export function FirmAvailabilityList() {
  return <FirmAvailability firm={getFirm()} />;
}
