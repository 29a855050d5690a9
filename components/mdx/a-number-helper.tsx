import { useTranslations } from 'next-intl';
import { ANumberForm } from '../a-number-form';

/** `<ANumberHelper />`: a box where a family types the A-number and sees it as the locator and EOIR's line want it. */
export function ANumberHelper() {
  const t = useTranslations('aNumberHelper');
  return (
    <ANumberForm
      words={{
        label: t('label'),
        button: t('button'),
        // Filled in by the form, which knows the digits.
        result: t.raw('result') as string,
        notANumber: t('notANumber'),
      }}
    />
  );
}
