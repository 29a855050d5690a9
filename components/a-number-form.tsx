'use client';

import { useActionState, useState } from 'react';
import { aNumberDigits, aNumberInWords } from '@/lib/a-number';
import { readANumber } from '@/lib/a-number-reading';

export type ANumberWords = { label: string; button: string; result: string; notANumber: string };

/**
 * Type an A-number, see it as nine digits: as you type with JavaScript, and
 * from the server after "Show it" without. `result` holds {digits} and {printed}.
 */
export function ANumberForm({ words }: { words: ANumberWords }) {
  const [state, formAction] = useActionState(readANumber, { typed: '' });
  const [typed, setTyped] = useState<string | undefined>(undefined);
  const shown = typed ?? state.typed;
  const digits = typed === undefined ? state.digits : aNumberDigits(typed);
  return (
    <form action={formAction} className="not-prose my-6 rounded-lg border border-slate-300 p-4" data-a-number-helper>
      <label htmlFor="a-number-helper" className="block text-lg font-semibold text-slate-900">
        {words.label}
      </label>
      <div className="mt-2 flex flex-wrap gap-3">
        <input
          id="a-number-helper"
          name="aNumber"
          inputMode="numeric"
          autoComplete="off"
          defaultValue={state.typed}
          onChange={(event) => setTyped(event.target.value)}
          className="min-h-11 w-48 max-w-full rounded-lg border border-slate-500 px-3 text-lg"
        />
        <button type="submit" className="button-secondary">
          {words.button}
        </button>
      </div>
      <output htmlFor="a-number-helper" aria-live="polite" className="mt-3 block text-lg text-slate-900">
        {digits
          ? words.result.replace('{digits}', digits).replace('{printed}', aNumberInWords(digits))
          : shown.trim() !== ''
            ? words.notANumber
            : null}
      </output>
    </form>
  );
}
