import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Copies the project (without build output) to `target` and adds `count` articles cycled from the real ones. */
export function copyWithArticles(projectRoot: string, target: string, count: number): void {
  const skip = new Set(['node_modules', '.next', '.git', 'test-results', 'data', 'playwright-report', 'bench']);
  for (const entry of fs.readdirSync(projectRoot)) {
    if (!skip.has(entry)) fs.cpSync(path.join(projectRoot, entry), path.join(target, entry), { recursive: true });
  }
  // Turbopack refuses a symlinked node_modules outside the project; hard links cost no copy.
  try {
    execFileSync('cp', ['-al', path.join(projectRoot, 'node_modules'), path.join(target, 'node_modules')]);
  } catch {
    fs.cpSync(path.join(projectRoot, 'node_modules'), path.join(target, 'node_modules'), { recursive: true });
  }
  const articles = path.join(projectRoot, 'content/articles');
  const sources = fs.readdirSync(articles).filter((name) => name.endsWith('.mdx')).sort();
  for (let index = 0; index < count; index++) {
    const source = fs.readFileSync(path.join(articles, sources[index % sources.length] ?? ''), 'utf8');
    const text = source
      .replace(/^title: .*$/m, `title: "Generated article ${index + 1}: plain words on pleas, convictions and immigration"`)
      .replace(/^date: .*$/m, `date: 2025-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`)
      .replace(/^updated: .*$\n/m, '');
    fs.writeFileSync(path.join(target, 'content/articles', `generated-article-${index + 1}.mdx`), text);
  }
}
