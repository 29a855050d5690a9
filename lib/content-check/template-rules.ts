import type { ParsedBody } from '@/lib/content/load';
import type { ContentProblem } from '@/lib/content/problems';
import { TEMPLATE_SAMPLES } from '@/lib/content/scaffold';

/**
 * A sample line of the template (npm run new-post, the editor's new article
 * and its buttons) left in a file: a published page would print "Answer it.
 * Cite the source…" or a box titled "Title of the box". An error where the
 * file is published, a reminder while it is a draft.
 */
export function checkTemplateText(body: ParsedBody, published: boolean): ContentProblem[] {
  const lines = body.source.split('\n');
  return lines.flatMap((text, index) =>
    TEMPLATE_SAMPLES.filter((sample) => text.includes(sample)).map((sample) => ({
      file: body.file,
      line: body.bodyLine + index,
      column: text.indexOf(sample) + 1,
      message: `still has the template's sample words "${sample}"; replace them with your own${published ? ' before this is published' : ''}`,
      rule: 'template-text',
      severity: published ? ('error' as const) : ('warning' as const),
    })),
  );
}
