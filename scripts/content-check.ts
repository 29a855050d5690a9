/**
 * `npm run content:check`: every problem in content/, one line each as
 * `path:line:column  message  (rule)`, then the articles not translated
 * yet, then a count. Exits 1 on any error; warnings alone exit 0.
 *
 * `npm run content:check -- content/articles/x.mdx` checks that file and
 * its translation pair only, its own launch warnings included. In a GitHub
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
  console.error(
    `content:check: no such file: ${missing.join(', ')}. Give the path from the project's folder, such as content/articles/my-article.mdx.`,
  );
  process.exit(2);
}

const { problems, untranslated, publishedEnglish, reading } = contentReport(projectRoot, publicationDay());
const focus = files.length > 0 ? filesInFocus(reading, files) : undefined;
const shown = focus
  ? problems.filter((problem) => focus.has(problem.file))
  : problems.filter((problem) => !LAUNCH_RULES.has(problem.rule));

for (const problem of shown) console.log(formatCheckLine(problem));
if (process.env.GITHUB_ACTIONS === 'true') for (const problem of shown) console.log(githubAnnotation(problem));
if (focus) {
  console.log(`content:check of ${[...focus].sort().join(', ')}: ${summaryLine(shown)}`);
} else {
  for (const locale of TRANSLATED_LOCALES)
    console.log(untranslatedLine(locale, untranslated[locale], publishedEnglish));
  const launch = launchLine(problems);
  if (launch) console.log(launch);
  console.log(`content:check: ${summaryLine(shown)}`);
}
process.exitCode = shown.some((problem) => problem.severity === 'error') ? 1 : 0;
