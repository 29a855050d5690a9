'use client';

import { useRef, useState } from 'react';
import { nextFootnoteLabel, withCallout, withFootnote, withTerm, type Inserted } from '@/lib/editor/body-snippets';

type Props = {
  value: string;
  onChange: (value: string) => void;
  /** The glossary of the article's language, for "Link a glossary word". */
  glossary: readonly { value: string; label: string }[];
};

/**
 * The body as the text it is (Markdown and the site's components), with
 * buttons that write the site's own syntax at the cursor: a footnote for a
 * source, a callout, a glossary link. Nothing is converted on the way.
 */
export function BodyEditor({ value, onChange, glossary }: Props) {
  const area = useRef<HTMLTextAreaElement>(null);
  const [termId, setTermId] = useState(glossary[0]?.value ?? '');

  function insert(make: (text: string, from: number, to: number) => Inserted) {
    const element = area.current;
    const next = make(value, element?.selectionStart ?? value.length, element?.selectionEnd ?? value.length);
    onChange(next.text);
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(...next.selection);
    });
  }

  const term = glossary.find((entry) => entry.value === termId);
  return (
    <div>
      <label htmlFor="body" className="block text-base font-semibold text-slate-900">
        Text
      </label>
      <p className="mt-1 text-sm text-slate-700">
        Markdown: <code>## Heading</code>, <code>- list item</code>, <code>[link](/articles/name)</code>. Every legal
        point needs a footnote with its source.
      </p>
      <div className="mt-2 flex flex-wrap items-end gap-2" role="toolbar" aria-label="Insert">
        <button
          type="button"
          className="button-secondary"
          onClick={() => insert((text, _from, to) => withFootnote(text, to, nextFootnoteLabel(text)))}
        >
          Add a footnote
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => insert((text, _from, to) => withCallout(text, to))}
        >
          Add a callout box
        </button>
        {glossary.length > 0 && (
          <span className="flex flex-wrap items-end gap-2">
            <label className="text-sm font-semibold">
              Glossary word
              <select
                className="mt-1 block min-h-12 rounded border-2 border-slate-400 px-2 text-base"
                value={termId}
                onChange={(event) => setTermId(event.target.value)}
              >
                {glossary.map((entry) => (
                  <option key={entry.value} value={entry.value}>
                    {entry.label}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="button-secondary"
              disabled={!term}
              onClick={() =>
                term && insert((text, from, to) => withTerm(text, from, to, { id: term.value, word: term.label }))
              }
            >
              Link the selected words to it
            </button>
          </span>
        )}
      </div>
      <textarea
        id="body"
        ref={area}
        className="mt-2 block min-h-[28rem] w-full rounded border-2 border-slate-400 px-3 py-2 font-mono text-base leading-relaxed"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        spellCheck
      />
    </div>
  );
}
