import type { YAMLError } from 'yaml';

/**
 * The YAML parser's errors in the words of someone who edits a file, with
 * what to type instead, and the line where the mistake is (the parser
 * often notices it lines later: an unclosed quote at the end of the
 * block). The codes are the `yaml` package's; an error this does not know
 * keeps the parser's own first line.
 */
export function plainYamlError(
  error: YAMLError,
  lines: readonly string[],
  line: number,
  /** Lines of the file before the YAML (the opening fence), so a message names the file's own lines. */
  lineOffset = 0,
): { message: string; line: number } {
  const lineText = lines[line - 1] ?? '';
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return { line, message: 'this line is indented with a tab; indent with two spaces instead' };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      const quoted = quotedValue(lineText);
      if (quoted) {
        return {
          line,
          message: `a colon followed by a space inside a value ends it early; put the value in quotes: ${quoted}`,
        };
      }
      if (/^\s+\S/.test(lines[line] ?? '')) {
        return {
          line,
          message:
            'the next line is indented, but only list items ("  - …") are; start each field at the beginning of its line',
        };
      }
      return { line, message: 'this line cannot be read as "field: value"; check its colons and quotes' };
    }
    case 'MISSING_CHAR': {
      const opened = lines.findIndex((text) => unclosedQuote(text) !== undefined);
      const where = opened === -1 ? line : opened + 1;
      const field = fieldOf(lines[where - 1] ?? '');
      return {
        line: where,
        message: `${field ? `${field}: ` : ''}a quote is opened and never closed on this line; end the value with the same quote mark`,
      };
    }
    case 'UNEXPECTED_TOKEN': {
      const field = fieldOf(lineText);
      return {
        line,
        message: `${field ? `${field}: ` : ''}the value has a quote mark inside its quotes, which ends it early; use the other kind of quote around it (title: 'Pleas: the "fair and just" reason'), or write a double quote inside double quotes as \\"`,
      };
    }
    case 'DUPLICATE_KEY': {
      const field = fieldOf(lineText);
      const first = field ? lines.findIndex((text) => fieldOf(text) === field) + 1 : 0;
      return {
        line,
        message:
          field && first > 0 && first !== line
            ? `${field} is written twice, on lines ${first + lineOffset} and ${line + lineOffset}; keep one of the two`
            : 'this field appears twice; keep one of the two lines',
      };
    }
    default:
      return { line, message: error.message.split('\n')[0] ?? 'the frontmatter cannot be read' };
  }
}

/** `title: Pleas: what to know` → `title: "Pleas: what to know"`, when the line is one field with a colon in its value. */
function quotedValue(lineText: string): string | undefined {
  const match = /^(\s*)([A-Za-z][\w-]*):\s+(\S.*:\s.*)$/.exec(lineText);
  if (!match) return undefined;
  const [, indent = '', key = '', value = ''] = match;
  if (/^["']/.test(value)) return undefined;
  return `${indent}${key}: "${value.trim().replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function fieldOf(lineText: string): string | undefined {
  return /^([A-Za-z][\w-]*):/.exec(lineText)?.[1];
}

/** The quote mark a field's value opens on this line and does not close, if any. */
function unclosedQuote(lineText: string): string | undefined {
  const value = /^[A-Za-z][\w-]*:\s*(["'])(.*)$/.exec(lineText);
  if (!value) return undefined;
  const [, quote = '', rest = ''] = value;
  const closing = quote === '"' ? /(^|[^\\])"/ : /'/;
  return closing.test(rest) ? undefined : quote;
}
