import { isMap, isScalar, LineCounter, parseDocument, stringify } from 'yaml';

/**
 * A content file as the editor holds it: the frontmatter's fields for the
 * pickers, and the body as the bytes it is. Saving writes back only what was
 * changed — a field's own lines, or the body — so a file opened and saved
 * unchanged is byte-identical, and a pull request shows the one line that
 * moved (docs/decisions/0001-content-editor.md).
 */
export type OpenedDocument = {
  fields: Record<string, unknown>;
  body: string;
};

type Split = { yaml: string; yamlStart: number; bodyStart: number; eol: '\n' | '\r\n' };

const FRONTMATTER = /^---[ \t]*(\r?\n)([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m;

function split(text: string): Split | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match || match.index !== 0) return undefined;
  const eol = match[1] === '\r\n' ? '\r\n' : '\n';
  const yamlStart = match[0].indexOf(match[1] ?? '\n') + (match[1]?.length ?? 1);
  return { yaml: match[2] ?? '', yamlStart, bodyStart: match[0].length, eol };
}

export class UnreadableDocument extends Error {}

/** The fields and body of a file; throws UnreadableDocument when its frontmatter cannot be read (content:check says why). */
export function openDocument(text: string): OpenedDocument {
  const parts = split(text);
  if (!parts) throw new UnreadableDocument('the file does not start with a frontmatter block between two --- lines');
  const doc = parseDocument(parts.yaml, { uniqueKeys: true });
  if (doc.errors.length > 0 || (doc.contents !== null && !isMap(doc.contents))) {
    throw new UnreadableDocument('the frontmatter is not valid YAML');
  }
  const data: unknown = doc.toJS() ?? {};
  return { fields: data as Record<string, unknown>, body: text.slice(parts.bodyStart) };
}

/**
 * A field left empty (or a box left unticked) is removed from the file rather
 * than written empty; and a field absent from the file is the same as an
 * empty one, so opening and saving never adds `draft: false` or `updated: ''`.
 */
function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    value === false ||
    (Array.isArray(value) && value.length === 0)
  );
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(isEmpty(a) ? null : a) === JSON.stringify(isEmpty(b) ? null : b);
}

function sameText(a: string, b: string): boolean {
  return a.replace(/\r\n/g, '\n') === b.replace(/\r\n/g, '\n');
}

/** One top-level field as YAML lines, in the style the scaffolds write (a list indented two spaces). */
function fieldLines(key: string, value: unknown, eol: string): string {
  return stringify({ [key]: value }, { lineWidth: 0 })
    .trimEnd()
    .replace(/\n/g, eol);
}

type Span = { start: number; end: number };

/** Where each top-level field's lines are in the YAML text: from its key's line to the end of its value's last line. */
function fieldSpans(yaml: string): Map<string, Span> {
  const doc = parseDocument(yaml, { lineCounter: new LineCounter() });
  const spans = new Map<string, Span>();
  if (!isMap(doc.contents)) return spans;
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !pair.key.range) continue;
    const keyStart = pair.key.range[0];
    const lineStart = yaml.lastIndexOf('\n', keyStart - 1) + 1;
    const valueEnd = (pair.value as { range?: [number, number, number] } | null)?.range?.[1] ?? pair.key.range[1];
    const newline = yaml.indexOf('\n', Math.max(valueEnd - 1, keyStart));
    const lineEnd = newline === -1 ? yaml.length : newline + 1;
    spans.set(String(pair.key.value), { start: lineStart, end: lineEnd });
  }
  return spans;
}

/**
 * The file's text with `fields` and `body` as given. Fields not in `fields`
 * are left as they are; a field whose value did not change keeps its bytes;
 * a changed one is rewritten on its own lines, an empty one removed, a new
 * one added at the end of the frontmatter.
 */
export function saveDocument(original: string, edit: { fields: Record<string, unknown>; body: string }): string {
  const parts = split(original);
  if (!parts) throw new UnreadableDocument('the file does not start with a frontmatter block between two --- lines');
  const before = openDocument(original);
  const { eol } = parts;

  let yaml = parts.yaml;
  const changed = Object.entries(edit.fields).filter(([key, value]) => !sameValue(before.fields[key], value));
  // From the last field to the first, so the offsets of those not yet rewritten stay true.
  const spans = fieldSpans(yaml);
  const ordered = changed
    .map(([key, value]) => ({ key, value, span: spans.get(key) }))
    .sort((a, b) => (b.span?.start ?? -1) - (a.span?.start ?? -1));
  for (const { key, value, span } of ordered) {
    const lines = isEmpty(value) ? '' : `${fieldLines(key, value, eol)}${eol}`;
    if (span) {
      yaml = yaml.slice(0, span.start) + lines + yaml.slice(span.end);
    } else if (lines) {
      const needsBreak = yaml.length > 0 && !yaml.endsWith('\n');
      yaml = `${yaml}${needsBreak ? eol : ''}${lines}`;
    }
  }

  const body = sameText(before.body, edit.body)
    ? before.body
    : eol === '\r\n'
      ? edit.body.replace(/\r?\n/g, '\r\n')
      : edit.body.replace(/\r\n/g, '\n');
  const head =
    original.slice(0, parts.yamlStart) + yaml + original.slice(parts.yamlStart + parts.yaml.length, parts.bodyStart);
  return head + body;
}

/** A new file: the fields in the order given, a blank line, then the body. */
export function createDocument(fields: Record<string, unknown>, body: string): string {
  return saveDocument('---\n---\n', { fields, body: body.startsWith('\n') ? body : `\n${body}` });
}
