import type { YAMLError } from 'yaml';

/**
 * The YAML parser's errors in the words of someone who edits a file, with
 * what to type instead. The codes are the `yaml` package's; an error this
 * does not know keeps the parser's own first line.
 */
export function plainYamlError(error: YAMLError, lineText: string, nextLineText: string | undefined): string {
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return 'this line is indented with a tab; indent with two spaces instead';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      const quoted = quotedValue(lineText);
      if (quoted) return `a colon followed by a space inside a value ends it early; put the value in quotes: ${quoted}`;
      if (nextLineText !== undefined && /^\s+\S/.test(nextLineText)) {
        return 'the next line is indented, but only list items ("  - …") are; start each field at the beginning of its line';
      }
      return `this line cannot be read as "field: value"; check its colons and quotes`;
    }
    case 'MISSING_CHAR':
      return 'a quote is opened and never closed; end the value with the same quote mark (")';
    case 'DUPLICATE_KEY':
      return 'this field appears twice; keep one of the two lines';
    default:
      return error.message.split('\n')[0] ?? 'the frontmatter cannot be read';
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
