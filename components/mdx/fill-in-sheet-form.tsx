'use client';

import { useMemo, useState, useSyncExternalStore } from 'react';
import { GATHER_SHEET_KEY } from '@/lib/device-storage';
import { inputClass } from '../form/input-class';

export type SheetLineText = { id: string; label: string };
type Words = {
  kept: string;
  clear: string;
  clearConfirm: string;
  cleared: string;
  print: string;
  sendTitle: string;
  sendWarning: string;
  text: string;
  whatsapp: string;
};
type Values = Record<string, string>;

const CHANGED = 'gather-sheet-changed';

/** Where the sheet lives for this visit when the browser refuses storage (some private windows). */
let unstored = '';

/** The sheet as kept in this browser, as text: the same string while nothing changes, as React needs. */
function keptText(): string {
  try {
    return window.localStorage.getItem(GATHER_SHEET_KEY) ?? '';
  } catch {
    return unstored;
  }
}

function watchKept(onChange: () => void) {
  // Another tab, or the quick exit, may change it too.
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

function valuesOf(text: string): Values {
  try {
    const kept: unknown = JSON.parse(text || '{}');
    if (typeof kept !== 'object' || kept === null) return {};
    return Object.fromEntries(
      Object.entries(kept).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  } catch {
    return {};
  }
}

function keep(values: Values) {
  const filled = Object.entries(values).filter(([, value]) => value !== '');
  unstored = filled.length === 0 ? '' : JSON.stringify(Object.fromEntries(filled));
  try {
    if (unstored === '') window.localStorage.removeItem(GATHER_SHEET_KEY);
    else window.localStorage.setItem(GATHER_SHEET_KEY, unstored);
  } catch {
    // Storage turned off: the sheet lives in `unstored` until the page is left.
  }
  window.dispatchEvent(new Event(CHANGED));
}

/** The filled lines as one message, to send by text or WhatsApp: the sheet's title, then only what was written. */
function sheetMessage(title: string, lines: readonly SheetLineText[], values: Values): string {
  const filled = lines.filter((line) => (values[line.id] ?? '').trim() !== '');
  return [title, ...filled.map((line) => `${line.label}: ${(values[line.id] ?? '').trim()}`)].join('\n');
}

/**
 * The sheet's lines as fields. What is typed stays in this browser's
 * storage (never in a form that is sent, never in the address) until
 * "Clear" or the quick exit takes it away.
 */
export function FillInSheetForm({
  title,
  lines,
  words,
}: {
  title: string;
  lines: readonly SheetLineText[];
  words: Words;
}) {
  const kept = useSyncExternalStore(watchKept, keptText, () => '');
  const values = useMemo(() => valuesOf(kept), [kept]);
  const [status, setStatus] = useState('');

  const change = (id: string, value: string) => {
    keep({ ...values, [id]: value });
    setStatus('');
  };
  const clear = () => {
    // Every line at once, with no way back: asked first.
    if (!window.confirm(words.clearConfirm)) return;
    keep({});
    setStatus(words.cleared);
  };
  const anyFilled = lines.some((line) => (values[line.id] ?? '').trim() !== '');
  const message = encodeURIComponent(sheetMessage(title, lines, values));

  return (
    <section aria-labelledby="sheet-title" data-fill-in-sheet className="not-prose my-6">
      <h2 id="sheet-title" className="text-2xl font-bold text-brand-900">
        {title}
      </h2>
      <p data-needs-script className="mt-2 text-base text-slate-700 print:hidden">
        {words.kept}
      </p>
      <ol className="mt-4 space-y-4 print:mt-2 print:space-y-0">
        {lines.map((line) => (
          <li
            key={line.id}
            className="break-inside-avoid print:grid print:grid-cols-[2fr_3fr] print:items-end print:gap-3 print:border-b print:border-slate-400 print:py-2"
          >
            <label htmlFor={`sheet-${line.id}`} className="block text-lg font-semibold text-slate-900 print:text-base">
              {line.label}
            </label>
            {/* On paper, the answer as text, which wraps: an input would cut a long address at its edge. */}
            <p aria-hidden="true" className="hidden text-base print:block">
              {values[line.id] ?? ''}
            </p>
            <input
              id={`sheet-${line.id}`}
              type="text"
              autoComplete="off"
              value={values[line.id] ?? ''}
              onChange={(event) => change(line.id, event.currentTarget.value)}
              className={`${inputClass} print:hidden`}
            />
          </li>
        ))}
      </ol>
      <div data-needs-script className="mt-5 print:hidden">
        <div className="flex flex-wrap gap-3">
          <button type="button" onClick={() => window.print()} className="button-primary">
            {words.print}
          </button>
          <button type="button" onClick={clear} className="button-secondary">
            {words.clear}
          </button>
        </div>
        <p role="status" className="mt-2 min-h-6 text-base text-slate-700">
          {status}
        </p>
        {anyFilled ? (
          <div data-sheet-send className="mt-3 rounded-lg border-l-4 border-amber-600 bg-amber-50 px-4 py-3">
            <h3 className="text-lg font-bold text-slate-900">{words.sendTitle}</h3>
            <p className="mt-1 text-base">{words.sendWarning}</p>
            <div className="mt-3 flex flex-wrap gap-3">
              <a href={`sms:?&body=${message}`} className="button-secondary">
                {words.text}
              </a>
              <a href={`https://wa.me/?text=${message}`} rel="noreferrer" className="button-secondary">
                {words.whatsapp}
              </a>
            </div>
          </div>
        ) : null}
      </div>
    </section>
  );
}
