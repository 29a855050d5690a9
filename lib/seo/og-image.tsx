import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ImageResponse } from 'next/og';
import { createTranslator } from 'next-intl';
import { getFirm } from '@/lib/content';
import { messagesFor } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/routes';

export const OG_SIZE = { width: 1200, height: 630 };

// Read from the installed npm package: nothing is fetched at build time.
// next/og reads woff, not woff2.
const fontFile = (weight: number) =>
  join(process.cwd(), `node_modules/@fontsource/inter/files/inter-latin-${weight}-normal.woff`);

/**
 * A page's share card in its language. Its `alt` is the firm's name: an
 * image file's alt text is fixed per route, while the card shows the
 * page's own title in the page's language.
 */
export function shareCard(locale: Locale, card: { eyebrow: string; title: string }) {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: 'site' });
  return renderOgImage({ ...card, firmName: getFirm(locale).name, footer: t('shareFooter') });
}

/** The share card of a page: the firm's name, what kind of page, and its title. */
export async function renderOgImage({
  eyebrow,
  title,
  firmName,
  footer,
}: {
  eyebrow: string;
  title: string;
  firmName: string;
  footer: string;
}) {
  const [regular, bold] = await Promise.all([readFile(fontFile(400)), readFile(fontFile(700))]);
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: '#0f2a4a',
        color: '#ffffff',
        fontFamily: 'Inter',
      }}
    >
      <div style={{ display: 'flex', fontSize: 34, fontWeight: 700 }}>{firmName}</div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ display: 'flex', fontSize: 30, color: '#d9e6f5', marginBottom: 20 }}>{eyebrow}</div>
        <div style={{ display: 'flex', fontSize: title.length > 70 ? 54 : 66, fontWeight: 700, lineHeight: 1.15 }}>
          {title}
        </div>
      </div>
      <div style={{ display: 'flex', fontSize: 26, color: '#d9e6f5' }}>{footer}</div>
    </div>,
    {
      ...OG_SIZE,
      fonts: [
        { name: 'Inter', data: regular, weight: 400, style: 'normal' },
        { name: 'Inter', data: bold, weight: 700, style: 'normal' },
      ],
    },
  );
}
