'use client';

/** Puts the cursor at the start of a line of the Text box, selected and in view. */
export function GoToLine({ line }: { line: number }) {
  return (
    <button
      type="button"
      className="text-link min-h-6"
      onClick={() => {
        const area = document.getElementById('body');
        if (!(area instanceof HTMLTextAreaElement)) return;
        const lines = area.value.split('\n');
        const start = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0);
        const end = start + (lines[line - 1]?.length ?? 0);
        area.focus();
        area.setSelectionRange(start, end);
        // Roughly where the line sits, so the selection is on screen.
        area.scrollTop = Math.max(0, ((line - 3) / Math.max(lines.length, 1)) * area.scrollHeight);
        area.scrollIntoView({ block: 'center' });
      }}
    >
      line {line} of the text
    </button>
  );
}
