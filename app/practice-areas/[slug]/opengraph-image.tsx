import { findPracticeArea, getFirm, listPracticeAreas } from '@/lib/content';
import { OG_SIZE, renderOgImage } from '@/lib/seo/og-image';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = 'Practice area on the firm’s share card';

export function generateStaticParams() {
  return listPracticeAreas().map((area) => ({ slug: area.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const area = findPracticeArea((await params).slug);
  return renderOgImage({ eyebrow: 'Practice area', title: area?.title ?? 'Practice area', firmName: getFirm().name });
}
