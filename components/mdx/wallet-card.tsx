import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

/**
 * One face of a card to print, cut out along its dashed edge and carry: at
 * the size of a bank card on paper, readable on the screen. Cut out, it leaves
 * the page's footer behind, so each face carries the label New York requires
 * of a lawyer's advertising itself.
 */
export function WalletCard({ title, children }: { title: string; children: ReactNode }) {
  const t = useTranslations('footer');
  return (
    <section className="wallet-card not-prose my-6 max-w-md break-inside-avoid rounded-lg border-2 border-dashed border-slate-600 px-5 py-4 text-lg leading-snug text-slate-900">
      <h2 className="text-xl font-bold text-brand-900">{title}</h2>
      <div className="[&_a]:text-link mt-2 [&_li]:mt-1.5 [&_ul]:list-disc [&_ul]:pl-5">{children}</div>
      <p className="wallet-card-label mt-2 text-sm text-slate-700">{t('advertising')}</p>
    </section>
  );
}
