import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { findTerm } from '@/lib/content/glossary';
import type { ParsedBody } from '@/lib/content/load';
import type { ContentProblem } from '@/lib/content/problems';
import type { GlossaryTerm } from '@/lib/content/schema';

/**
 * Plain language, checked: every <Term> names a glossary entry, and in an
 * article the first use of each glossary word links to its entry, so a
 * reader meets the explanation where the word first appears.
 */
export function checkGlossaryUse(
  body: ParsedBody,
  glossary: readonly GlossaryTerm[],
  isArticle: boolean,
  glossaryFile = 'content/glossary.yaml',
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (node: Nodes, message: string, rule: string, severity: ContentProblem['severity'], offset?: string) => {
    // `offset`: the text before the word inside this node, to point at the word itself.
    const start = node.position?.start ?? { line: 1, column: 1 };
    const linesBefore = offset?.split('\n') ?? [''];
    const line = start.line + linesBefore.length - 1;
    const column =
      linesBefore.length > 1 ? (linesBefore.at(-1)?.length ?? 0) + 1 : start.column + (offset?.length ?? 0);
    problems.push({ file: body.file, line: body.bodyLine + line - 1, column, message, rule, severity });
  };
  const patterns = glossary.map((entry) => ({ entry, pattern: formsPattern(entry.forms) }));
  const met = new Set<string>();

  walk(body.tree, false, (node, insideTerm) => {
    if (isTerm(node)) {
      const id = attributeOf(node, 'id');
      const entry = findTerm(glossary, id, toString(node));
      if (!entry) {
        const what = id ? `id="${id}"` : `"${toString(node)}"`;
        at(
          node,
          glossary[0]
            ? `<Term ${what}> is not in ${glossaryFile}; use one of its ids, e.g. <Term id="${glossary[0].id}">, or add the term there`
            : `<Term ${what}> links to the glossary, but ${glossaryFile} has no terms (none yet, or an error in that file, listed with it); fix or add the term there first, or write the word without <Term>`,
          'unknown-term',
          'error',
        );
      } else {
        met.add(entry.id);
      }
      return;
    }
    if (!isArticle || node.type !== 'text' || insideTerm) return;
    const { value } = node;
    for (const { entry, pattern } of patterns) {
      if (met.has(entry.id)) continue;
      const match = pattern.exec(value);
      if (!match) continue;
      met.add(entry.id);
      at(
        node,
        `"${match[0]}" is in the glossary, and this is its first use here; link it: <Term id="${entry.id}">${match[0]}</Term>`,
        'glossary-first-use',
        'warning',
        value.slice(0, match.index),
      );
    }
  });
  return problems;
}

/**
 * Visits nodes in reading order, skipping headings, footnotes (citations are
 * not read as prose) and links (a link already leads somewhere; a <Term>
 * inside it would be a link in a link).
 */
function walk(node: Nodes, insideTerm: boolean, visit: (node: Nodes, insideTerm: boolean) => void): void {
  if (node.type === 'heading' || node.type === 'footnoteDefinition' || node.type === 'link') return;
  visit(node, insideTerm);
  if (!('children' in node)) return;
  for (const child of node.children) walk(child, insideTerm || isTerm(node), visit);
}

type JsxElement = Extract<Nodes, { type: 'mdxJsxTextElement' | 'mdxJsxFlowElement' }>;

function isTerm(node: Nodes): node is JsxElement {
  return (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Term';
}

function attributeOf(node: JsxElement, name: string): string | undefined {
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name === name && typeof attribute.value === 'string')
      return attribute.value;
  }
  return undefined;
}

function formsPattern(forms: readonly string[]): RegExp {
  const words = [...forms]
    .sort((a, b) => b.length - a.length)
    .map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // A hyphen joins words: "conviction" inside "post-conviction" is not the word "conviction".
  return new RegExp(`(?<![\\p{L}\\p{N}-])(${words.join('|')})(?![\\p{L}\\p{N}-])`, 'iu');
}
