import { findAttorney, getFirm, listAttorneys } from '@/lib/content';
import { OG_SIZE, renderOgImage } from '@/lib/seo/og-image';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = 'Attorney name on the firm’s share card';

export function generateStaticParams() {
  return listAttorneys().map((attorney) => ({ slug: attorney.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const attorney = findAttorney((await params).slug);
  return renderOgImage({
    eyebrow: attorney?.role ?? 'Attorney',
    title: attorney?.name ?? 'Attorney',
    firmName: getFirm().name,
  });
}
