import { FirmPage, firmPageMetadata } from '@/components/firm-page';

export const metadata = firmPageMetadata('detained');

export default function Page() {
  return <FirmPage slug="detained" />;
}
