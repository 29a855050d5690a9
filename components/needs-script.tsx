/**
 * Marks the page as one where JavaScript runs, before anything in it is
 * drawn: parts marked `data-needs-script` (a print button, the sheet's
 * buttons) show only then, and parts marked `data-without-script` (how to
 * print instead) only otherwise (app/globals.css). Both are in the page as
 * the server sends it, so nothing moves when scripts start on a slow phone.
 * Each root layout renders this first in its body; the `<html>` it marks
 * carries `suppressHydrationWarning` for that one class.
 */
export function MarkScripted() {
  return <script dangerouslySetInnerHTML={{ __html: "document.documentElement.classList.add('scripted')" }} />;
}
