/**
 * `npm run content:check`: every problem in content/, one line each as
 * `path:line:column  message  (rule)`, then the articles not translated
 * yet, then a count. Exits 1 on any error; warnings alone exit 0.
 *
 * `npm run content:check -- content/articles/x.mdx` checks that file and
 * its translation pair only, its own launch warnings included (a folder:
 * every file in it). In a GitHub
 * Actions run each problem is also a workflow annotation, shown on its line
 * of the pull request. `--root=<dir>` checks another copy of the project.
 * CONTRIBUTING.md explains each rule.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentReport, formatCheckLine, summaryLine } from '@/lib/content-check';
import { githubAnnotation } from '@/lib/content-check/annotations';
import { filesInFocus, LAUNCH_RULES, launchLine } from '@/lib/content-check/focus';
import { untranslatedLine } from '@/lib/content-check/translation-rules';
import { TRANSLATED_LOCALES } from '@/lib/content/load';
import { publicationDay } from '@/lib/content/publication';

const args = process.argv.slice(2);
const projectRoot = path.resolve(args.find((arg) => arg.startsWith('--root='))?.slice('--root='.length) ?? '.');
const files = args
  .filter((arg) => !arg.startsWith('--'))
  .map((file) => path.relative(projectRoot, path.resolve(file)).split(path.sep).join('/'));

const missing = files.filter((file) => !fs.existsSync(path.join(projectRoot, file)));
if (missing.length > 0) {
  const hint = (file: string) =>
    fs.existsSync(path.join(projectRoot, `${file}.mdx`)) ? ` (did you mean ${file}.mdx?)` : '';
  console.error(
    `content:check: no such file: ${missing.map((file) => `${file}${hint(file)}`).join(', ')}. Give the path from the project's folder, such as content/articles/my-article.mdx.`,
  );
  process.exit(2);
}

/** A folder stands for every file in it: `content/es/articles` checks each Spanish article and its English one. */
function filesUnder(file: string): string[] {
  const absolute = path.join(projectRoot, file);
  if (!fs.statSync(absolute).isDirectory()) return [file];
  return fs
    .readdirSync(absolute, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(projectRoot, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

const { problems, untranslated, publishedEnglish, reading } = contentReport(projectRoot, publicationDay());
// Only files that exist: a misspelt translationOf names an English file that is not there.
const focus =
  files.length > 0
    ? new Set(
        [...filesInFocus(reading, files.flatMap(filesUnder))].filter((file) =>
          fs.existsSync(path.join(projectRoot, file)),
        ),
      )
    : undefined;
const shown = focus
  ? problems.filter((problem) => focus.has(problem.file))
  : problems.filter((problem) => !LAUNCH_RULES.has(problem.rule));

for (const problem of shown) console.log(formatCheckLine(problem));
if (process.env.GITHUB_ACTIONS === 'true') for (const problem of shown) console.log(githubAnnotation(problem));
if (focus) {
  const checked = focus.size > 4 ? `${focus.size} files` : [...focus].sort().join(', ');
  console.log(`content:check of ${checked}: ${summaryLine(shown)}`);
} else {
  for (const locale of TRANSLATED_LOCALES)
    console.log(untranslatedLine(locale, untranslated[locale], publishedEnglish));
  const launch = launchLine(problems);
  if (launch) console.log(launch);
  console.log(`content:check: ${summaryLine(shown)}`);
}
process.exitCode = shown.some((problem) => problem.severity === 'error') ? 1 : 0;
