'use client';

import { useRef } from 'react';
import { nextFootnoteLabel, withFootnote, withSnippet } from '@/lib/editor/body-snippets';

type Props = { value: string; onChange: (value: string) => void };

/**
 * The body as the text it is (Markdown and the site's components), with
 * buttons that write the site's own syntax at the cursor: a footnote for a
 * source, a callout, a glossary word. Nothing is converted on the way.
 */
export function BodyEditor({ value, onChange }: Props) {
  const area = useRef<HTMLTextAreaElement>(null);

  function insert(make: (text: string, at: number) => { text: string; cursor: number }) {
    const element = area.current;
    const at = element ? element.selectionEnd : value.length;
    const next = make(value, at);
    onChange(next.text);
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(next.cursor, next.cursor);
    });
  }

  return (
    <div>
      <label htmlFor="body" className="block text-base font-semibold text-slate-900">
        Text
      </label>
      <p className="mt-1 text-sm text-slate-700">
        Markdown: <code>## Heading</code>, <code>- list item</code>, <code>[link](/articles/name)</code>. Every legal
        point needs a footnote with its source.
      </p>
      <div className="mt-2 flex flex-wrap gap-2" role="toolbar" aria-label="Insert">
        <button
          type="button"
          className="button-secondary"
          onClick={() => insert((text, at) => withFootnote(text, at, nextFootnoteLabel(text)))}
        >
          Add a footnote
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() =>
            insert((text, at) =>
              withSnippet(text, at, '\n\n<Callout title="Title of the box">\nText of the box.\n</Callout>\n\n'),
            )
          }
        >
          Add a callout box
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => insert((text, at) => withSnippet(text, at, '<Term id="glossary-id">word</Term>'))}
        >
          Link a glossary word
        </button>
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
