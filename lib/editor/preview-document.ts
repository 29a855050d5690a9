import type { Article } from '@/lib/content/load';
import { parseFrontmatter } from '@/lib/content/frontmatter';
import { outlineOf, parseMdxBody } from '@/lib/content/outline';
import { documentOf } from '@/lib/content/read';
import { textFingerprint, type ReviewFields } from '@/lib/content/review';
import { articleFrontmatterSchema, pageFrontmatterSchema, practiceAreaFrontmatterSchema } from '@/lib/content/schema';
import type { EditableFile } from './files';

/** What the preview shows around a body: an article as its page does, or a page's title and description. */
export type PreviewDocument =
  | { kind: 'article'; article: Article; body: string }
  | { kind: 'page'; title: string; description: string; review: ReviewFields; needsReview: boolean; body: string }
  | { kind: 'unreadable' };

/** The saved file read as the site will read it: frontmatter through the same schema, the outline from the same parser. */
export function previewDocument(target: EditableFile, text: string): PreviewDocument {
  const parsed = parseFrontmatter(text);
  if (target.kind === 'articles') {
    const frontmatter = articleFrontmatterSchema.safeParse(parsed.data);
    if (!frontmatter.success) return { kind: 'unreadable' };
    let outline;
    try {
      outline = outlineOf(parseMdxBody(parsed.body));
    } catch {
      return { kind: 'unreadable' };
    }
    return {
      kind: 'article',
      body: parsed.body,
      article: documentOf(frontmatter.data, { ...target, body: parsed.body }, outline),
    };
  }
  const schema = target.kind === 'pages' ? pageFrontmatterSchema : practiceAreaFrontmatterSchema;
  const frontmatter = schema.safeParse(parsed.data);
  if (!frontmatter.success) return { kind: 'unreadable' };
  const { title, description, reviewedBy, reviewed, updated, reviewedText } = frontmatter.data;
  return {
    kind: 'page',
    title,
    description,
    review: {
      reviewedBy,
      reviewed,
      updated,
      reviewedText,
      textFingerprint: textFingerprint(frontmatter.data, parsed.body),
    },
    needsReview:
      target.kind === 'practice-areas' ||
      ('legalInformation' in frontmatter.data && frontmatter.data.legalInformation === true),
    body: parsed.body,
  };
}
