import { FirmPage, firmPageMetadata } from '@/components/firm-page';

export const metadata = firmPageMetadata('disclaimer');

export default function Page() {
  return <FirmPage slug="disclaimer" />;
}
