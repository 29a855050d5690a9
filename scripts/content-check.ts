/**
 * `npm run content:check`: every problem in content/, one line each as
 * `path:line:column  message  (rule)`, then the articles not translated
 * yet, then a count. Exits 1 on any error; warnings alone exit 0.
 * CONTRIBUTING.md explains each rule.
 */
import { contentReport, formatCheckLine, summaryLine } from '@/lib/content-check';
import { untranslatedLine } from '@/lib/content-check/translation-rules';
import { TRANSLATED_LOCALES } from '@/lib/content/load';
import { publicationDay } from '@/lib/content/publication';

const projectRoot = process.argv[2] ?? process.cwd();
const { problems, untranslated, publishedEnglish } = contentReport(projectRoot, publicationDay());
for (const problem of problems) console.log(formatCheckLine(problem));
for (const locale of TRANSLATED_LOCALES) console.log(untranslatedLine(locale, untranslated[locale], publishedEnglish));
console.log(`content:check: ${summaryLine(problems)}`);
process.exitCode = problems.some((problem) => problem.severity === 'error') ? 1 : 0;
