import { FirmPage, firmPageMetadata } from '@/components/firm-page';

export const metadata = firmPageMetadata('privacy');

export default function Page() {
  return <FirmPage slug="privacy" />;
}
