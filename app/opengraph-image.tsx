import { getFirm } from '@/lib/content';
import { OG_SIZE, renderOgImage } from '@/lib/seo/og-image';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = `${getFirm().name}: ${getFirm().summary}`;

export default async function Image() {
  const firm = getFirm();
  return renderOgImage({ eyebrow: firm.summary.split(',')[0] ?? '', title: firm.tagline, firmName: firm.name });
}
