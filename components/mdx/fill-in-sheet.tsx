import { useTranslations } from 'next-intl';
import { Children, isValidElement, type ReactNode } from 'react';
import { FillInSheetForm, type SheetLineText } from './fill-in-sheet-form';

/** `<SheetLine id="name">Full name</SheetLine>`: one line of a `<FillInSheet>`; it carries its words and is drawn by the sheet. */
export function SheetLine({}: { id: string; children: string }) {
  return null;
}

function linesOf(children: ReactNode): SheetLineText[] {
  return Children.toArray(children).flatMap((child): SheetLineText[] => {
    if (!isValidElement<{ id?: unknown; children?: unknown }>(child)) return [];
    const { id, children: label } = child.props;
    if (typeof id !== 'string' || typeof label !== 'string')
      throw new Error('Each <SheetLine> in a <FillInSheet> needs an id="…" and plain words inside, no other tags');
    return [{ id, label: label.trim() }];
  });
}

/**
 * `<FillInSheet title="…">` with `<SheetLine>`s inside: a sheet a family
 * fills in on the phone (kept on that device only), prints with what they
 * wrote, or sends as a text message. Without JavaScript it is the same
 * lines, empty, to print and fill by hand.
 */
export function FillInSheet({ title, children }: { title: string; children: ReactNode }) {
  const t = useTranslations('sheet');
  const share = useTranslations('share');
  return (
    <FillInSheetForm
      title={title}
      lines={linesOf(children)}
      words={{
        kept: t('kept'),
        clear: t('clear'),
        clearConfirm: t('clearConfirm'),
        cleared: t('cleared'),
        print: share('print'),
        sendTitle: t('sendTitle'),
        sendWarning: t('sendWarning'),
        text: t('text'),
        whatsapp: t('whatsapp'),
      }}
    />
  );
}
