import { useTranslations } from 'next-intl';

/**
 * Marks a fact the firm has not confirmed yet (content/firm.yaml or an
 * attorney's `placeholders`), in words a screen reader reads too, so no one
 * calls a sample number or relies on a sample address believing it is real.
 */
function SampleMark() {
  const t = useTranslations('sample');
  return (
    <span className="ml-1 whitespace-nowrap rounded bg-amber-100 px-1 text-[0.85em] font-semibold text-amber-950">
      {t('mark')}
    </span>
  );
}

export function MaybeSample({ sample }: { sample: boolean }) {
  return sample ? <SampleMark /> : null;
}
