import { readContent } from '@/lib/content/load';
import { readabilityOf } from '@/lib/content/check/readability';
const reading = readContent(process.cwd(), { keepTrees: true });
for (const body of reading.bodies.filter((b) => b.file.includes('/articles/'))) {
  const { grade, sentences } = readabilityOf(body);
  console.log(grade.toFixed(1), sentences.length, body.file);
}
