import { evaluate } from '@mdx-js/mdx';
import type { MDXContent } from 'mdx/types';
import * as runtime from 'react/jsx-runtime';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { PluggableList } from 'unified';
import { visit } from 'unist-util-visit';
import { MDX_PLUGINS } from '@/lib/content/mdx-plugins.mjs';
import { MDX_COMPONENT_NAMES } from '@/lib/content/mdx-component-names';
import { parseMdxBody } from '@/lib/content/outline';

/**
 * The preview compiles a body the way the build does (the same plugins, the
 * same components), at request time. MDX can hold code; content may not
 * (content:check), and the preview compiles only a body made of Markdown and
 * the site's components with plain-text attributes, so what runs is never
 * anything a writer typed. Anything else is refused with the line to fix.
 */

const PLUGINS_BY_NAME: Record<string, unknown> = {
  'remark-frontmatter': remarkFrontmatter,
  'remark-gfm': remarkGfm,
  'rehype-slug': rehypeSlug,
  'rehype-autolink-headings': rehypeAutolinkHeadings,
};

export function pluginsByName(entries: readonly (string | [string, Record<string, unknown>])[]): PluggableList {
  return entries.map((entry) => {
    const [name, options] = typeof entry === 'string' ? [entry, undefined] : entry;
    const plugin = PLUGINS_BY_NAME[name];
    if (!plugin)
      throw new Error(`The preview does not know the MDX plugin "${name}"; import it in lib/editor/preview.ts`);
    return (options ? [plugin, options] : plugin) as PluggableList[number];
  });
}

export type PreviewRefusal = { line: number; message: string };

/** What in the body is code rather than content, by line; empty when the body may be compiled. */
export function codeInBody(body: string): PreviewRefusal[] {
  const refusals: PreviewRefusal[] = [];
  let tree;
  try {
    tree = parseMdxBody(body);
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string };
    return [{ line: line ?? 1, message: `the text cannot be read as MDX: ${reason ?? String(error)}` }];
  }
  const allowed: readonly string[] = MDX_COMPONENT_NAMES;
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      refusals.push({ line, message: 'code in { } or an import is not allowed in content' });
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (!allowed.includes(node.name ?? ''))
        refusals.push({ line, message: `<${node.name ?? ''}> is not a component content may use` });
      if (
        node.attributes.some(
          (attribute) =>
            attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value !== 'string'),
        )
      )
        refusals.push({ line, message: 'attributes take plain text in quotes, such as title="Note"' });
    }
  });
  return refusals;
}

export type CompiledPreview = { content: MDXContent } | { refused: PreviewRefusal[] };

export async function compilePreview(body: string): Promise<CompiledPreview> {
  const refused = codeInBody(body);
  if (refused.length > 0) return { refused };
  const { default: content } = await evaluate(body, {
    ...runtime,
    remarkPlugins: pluginsByName(MDX_PLUGINS.remarkPlugins),
    rehypePlugins: pluginsByName(MDX_PLUGINS.rehypePlugins),
  });
  return { content };
}
