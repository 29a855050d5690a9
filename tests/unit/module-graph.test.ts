import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * How lib/ holds together, read from its import lines: no module reaches
 * back into one that reached it, and each email to the firm is built in a
 * few files of lib/consultation (docs/architecture.md). Type-only imports
 * are left out: they cost nothing at run time and cannot loop.
 */
const ROOT = process.cwd();

function moduleFile(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/')
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith('.')
      ? path.resolve(path.dirname(from), specifier)
      : undefined;
  if (!base) return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find(
    (candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile(),
  );
}

/** The files of this project a module imports for its running code. */
function runtimeImports(file: string): string[] {
  const source = fs.readFileSync(file, 'utf8');
  const statements = source.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm);
  return [...statements].flatMap(([, typeOnly, specifier]) => {
    if (typeOnly || specifier === undefined) return [];
    const target = moduleFile(file, specifier);
    return target ? [target] : [];
  });
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
    .map((name) => path.join(dir, name));
}

const relative = (file: string) => path.relative(ROOT, file);

/** Every module `start` runs, itself included, staying inside `within`. */
function reached(start: string, within: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !file.startsWith(within)) return;
    seen.add(file);
    runtimeImports(file).forEach(visit);
  };
  visit(start);
  return seen;
}

/** Each circle of imports among `files`, as "a → b → a". */
function circlesAmong(files: readonly string[], importsOf: (file: string) => readonly string[]): string[] {
  const circles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const walk = (file: string, trail: readonly string[]) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      circles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
      return;
    }
    state.set(file, 'open');
    for (const next of importsOf(file).filter((target) => files.includes(target))) walk(next, [...trail, file]);
    state.set(file, 'done');
  };
  for (const file of files) walk(file, []);
  return circles;
}

describe('lib/ as its imports draw it', () => {
  it('has no circle: no module runs code of one that needs it first', () => {
    const lib = filesUnder(path.join(ROOT, 'lib'));
    expect(circlesAmong(lib, runtimeImports).map((circle) => circle.replaceAll(`${ROOT}/`, ''))).toEqual([]);
  });

  it('finds a circle where there is one, and every file an email runs', () => {
    // The checks around this one would pass on an empty graph too; this shows they read the real one.
    const graph: Record<string, string[]> = { flow: ['attachment'], attachment: ['rules', 'flow'], rules: [] };
    expect(circlesAmong(Object.keys(graph), (file) => graph[file] ?? [])).toEqual(['flow → attachment → flow']);
    const mail = reached(path.join(ROOT, 'lib/consultation/mail/consultation-mail.ts'), path.join(ROOT, 'lib'));
    expect([...mail].map(relative)).toEqual(
      expect.arrayContaining(['lib/consultation/mail/mail-layout.ts', 'lib/consultation/form/answers.ts']),
    );
  });

  it('builds each email to the firm in at most four files of lib/consultation, over one layout', () => {
    const consultation = path.join(ROOT, 'lib/consultation');
    for (const email of ['mail/consultation-mail.ts', 'mail/padilla-mail.ts']) {
      const files = [...reached(path.join(consultation, email), consultation)].map(relative).sort();
      expect(files.length, `${email}: ${files.join(', ')}`).toBeLessThanOrEqual(4);
      expect(files).toContain('lib/consultation/mail/mail-layout.ts');
    }
  });
});
