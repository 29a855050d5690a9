import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { plainYamlError } from './yaml-errors';

export type ParsedFile = {
  /** The YAML data as parsed, not yet validated. */
  data: unknown;
  /** The MDX body after the closing `---`. */
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
  /** 1-based line of each top-level frontmatter key, for error messages. */
  keyLines: ReadonlyMap<string, number>;
  /** A YAML syntax error, with its line, when the frontmatter cannot be read. */
  syntaxError?: { message: string; line: number; column: number };
};

const FENCE = /^---[ \t]*$/;

/**
 * Splits a content file into YAML frontmatter and body. We use the `yaml`
 * package directly (it is what vfile-matter wraps) because it keeps source
 * positions, so an error can name the line of the offending key, and because
 * YAML 1.2 leaves `2024-11-05` a string instead of turning it into a Date.
 */
export function parseFrontmatter(source: string): ParsedFile {
  const lines = source.split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return { data: undefined, body: source, bodyLine: 1, keyLines: new Map() };
  }
  const end = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (end === -1) {
    return {
      data: undefined,
      body: '',
      bodyLine: lines.length + 1,
      keyLines: new Map(),
      syntaxError: { message: 'the frontmatter has no closing `---` line', line: 1, column: 1 },
    };
  }

  const yaml = parseYaml(lines.slice(1, end).join('\n'), 1);
  return { ...yaml, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}

export type ParsedYaml = Pick<ParsedFile, 'data' | 'keyLines' | 'syntaxError'>;

/**
 * Parses YAML and records the line of each top-level key. `lineOffset` is
 * how many lines of the file come before the YAML (the opening fence).
 */
export function parseYaml(yamlText: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });

  const firstError = doc.errors[0];
  if (firstError) {
    const pos = lineCounter.linePos(firstError.pos[0]);
    const plain = plainYamlError(firstError, yamlText.split('\n'), pos.line, lineOffset);
    return {
      data: undefined,
      keyLines: new Map(),
      syntaxError: {
        message: plain.message,
        line: plain.line + lineOffset,
        column: plain.line === pos.line ? pos.col : 1,
      },
    };
  }

  const keyLines = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) {
        keyLines.set(String(pair.key.value), lineCounter.linePos(pair.key.range[0]).line + lineOffset);
      }
    }
  }
  return { data: doc.toJS() ?? {}, keyLines };
}
