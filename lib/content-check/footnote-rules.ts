import type { FootnoteDefinition, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { ParsedBody } from '@/lib/content/load';
import type { ContentProblem } from '@/lib/content/problems';
import { closestKey } from '@/lib/content/validate';

/**
 * A footnote is the source of a legal claim. A reference whose definition
 * is missing or misspelt is not an error to Markdown: it prints as the
 * literal text "[^word]" and the source vanishes from the page. So the
 * check finds those leftovers in the text, and the definitions nothing
 * cites, and names the label that was probably meant.
 */
export function checkFootnotes(body: ParsedBody): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const definitions = new Map<string, FootnoteDefinition>();
  const repeated: FootnoteDefinition[] = [];
  const cited = new Set<string>();
  visit(body.tree, (node) => {
    if (node.type === 'footnoteDefinition') {
      if (definitions.has(node.identifier)) repeated.push(node);
      else definitions.set(node.identifier, node);
    }
    if (node.type === 'footnoteReference') cited.add(node.identifier);
  });
  // A label nothing cites is the likely one meant; one already cited is another claim's source, never offered.
  const uncited = [...definitions.keys()].filter((identifier) => !cited.has(identifier));

  const report = (line: number, column: number, message: string) =>
    problems.push({
      file: body.file,
      line: body.bodyLine + line - 1,
      column,
      message,
      rule: 'footnote',
      severity: 'error',
    });

  const sourceLines = body.source.split('\n');
  visit(body.tree, 'text', (node: Text) => {
    for (const leftover of unresolvedReferences(node, sourceLines)) {
      if (/\s/.test(leftover.label)) {
        const joined = leftover.label.trim().replace(/\s+/g, '-');
        report(
          leftover.line,
          leftover.column,
          `footnote [^${leftover.label}] has a space in its label, so the page would show it as text; write [^${joined}], here and before its source`,
        );
        continue;
      }
      const unused = closestKey(leftover.label, uncited);
      const alreadyCited = unused ? undefined : closestKey(leftover.label, [...cited]);
      const addIt = `add its source at the end of the text as "[^${leftover.label}]: …"`;
      report(
        leftover.line,
        leftover.column,
        `footnote [^${leftover.label}] has no source line, so the page would show "[^${leftover.label}]" and not its source; ` +
          (unused
            ? `did you mean [^${unused}]? Write the same label in the text and before the source`
            : alreadyCited
              ? `if this sentence rests on the same source as [^${alreadyCited}], write [^${alreadyCited}]; if not, ${addIt}`
              : addIt),
      );
    }
  });

  for (const definition of repeated) {
    const start = definition.position?.start ?? { line: 1, column: 1 };
    const first = definitions.get(definition.identifier)?.position?.start.line ?? start.line;
    const label = definition.label ?? definition.identifier;
    report(
      start.line,
      start.column,
      `footnote [^${label}] has a second source line (the first is line ${body.bodyLine + first - 1}); the page shows only the first, so keep one, or give the other source its own label`,
    );
  }

  for (const [identifier, definition] of definitions) {
    const start = definition.position?.start ?? { line: 1, column: 1 };
    const label = definition.label ?? identifier;
    if (toString(definition).trim() === '') {
      // The editor's "Add a footnote" leaves the definition for the source to be typed; one left empty cites nothing.
      report(
        start.line,
        start.column,
        `footnote [^${label}] has no text, so the page would show an empty source; write the case, statute or rule after "[^${label}]: "`,
      );
    }
    if (cited.has(identifier)) continue;
    report(
      start.line,
      start.column,
      `footnote [^${label}] is never cited, so readers never see this source; ` +
        `put [^${label}] after the sentence it supports, or delete the footnote`,
    );
  }
  return problems;
}

type Leftover = { label: string; line: number; column: number };

/**
 * Each "[^label]" left as plain text, with where it sits in the body. The
 * line comes from the tree; the column from the line as written, since a
 * text node's value drops the indentation of a list item's later lines.
 */
function unresolvedReferences(node: Text, sourceLines: readonly string[]): Leftover[] {
  const start = node.position?.start;
  if (!start) return [];
  const leftovers: Leftover[] = [];
  for (const match of node.value.matchAll(/\[\^([^\]\n]+)\]/g)) {
    const before = node.value.slice(0, match.index);
    const lineBreaks = before.split('\n');
    const line = start.line + lineBreaks.length - 1;
    const written = (sourceLines[line - 1] ?? '').indexOf(match[0]);
    const column =
      written >= 0
        ? written + 1
        : lineBreaks.length === 1
          ? start.column + before.length
          : (lineBreaks[lineBreaks.length - 1]?.length ?? 0) + 1;
    leftovers.push({ label: match[1] ?? '', line, column });
  }
  return leftovers;
}
