import { FirmPage, firmPageMetadata } from '@/components/firm-page';

export const metadata = firmPageMetadata('about');

export default function Page() {
  return <FirmPage slug="about" />;
}
