/**
 * `npm run content:check`: every problem in content/, one line each as
 * `path:line:column  message  (rule)`, then a count. Exits 1 on any error;
 * warnings alone exit 0. CONTRIBUTING.md explains each rule.
 */
import { checkContent, formatCheckLine, summaryLine } from '@/lib/content/check';
import { publicationDay } from '@/lib/content/publication';

const projectRoot = process.argv[2] ?? process.cwd();
const problems = checkContent(projectRoot, publicationDay());
for (const problem of problems) console.log(formatCheckLine(problem));
console.log(`content:check: ${summaryLine(problems)}`);
process.exitCode = problems.some((problem) => problem.severity === 'error') ? 1 : 0;
