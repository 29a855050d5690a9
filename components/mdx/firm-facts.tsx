import { getFirm } from '@/lib/content';
import { OpeningHoursText } from '../opening-hours';
import { PhoneLink } from '../phone-link';

// Firm facts for MDX pages, read from content/firm.yaml so no page types them again.

export function FirmName() {
  return <>{getFirm().name}</>;
}

export function FirmPhone() {
  return <PhoneLink phone={getFirm().phone} />;
}

export function FirmEmail() {
  const { email } = getFirm();
  return <a href={`mailto:${email}`}>{email}</a>;
}

export function FirmAddress() {
  const { name, address } = getFirm();
  return (
    <address className="not-italic">
      {name}
      <br />
      {address.street}
      <br />
      {address.locality}, {address.region} {address.postalCode}
    </address>
  );
}

export function FirmLanguages() {
  const { languages } = getFirm();
  return <>{languages.length > 1 ? `${languages.slice(0, -1).join(', ')} and ${languages.at(-1)}` : languages[0]}</>;
}

export function FirmHours() {
  return <OpeningHoursText hours={getFirm().hours} />;
}
