import fs from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Heading, Image, Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { ParsedBody } from '@/lib/content/load';
import type { ContentProblem } from '@/lib/content/problems';
import { editDistance } from '@/lib/content/validate';

export type LinkTargets = {
  /** Paths that resolve to a published page. */
  published: ReadonlySet<string>;
  /** Paths of drafts and scheduled posts: they exist, but not yet for readers. */
  unpublished: ReadonlySet<string>;
  /** Heading ids of each content page, by path. */
  anchors: ReadonlyMap<string, ReadonlySet<string>>;
  projectRoot: string;
  componentNames: readonly string[];
};

type Position = { start: { line: number; column: number } } | undefined;

/** Checks that only make sense on the text of a file: components, code, links, images, headings. */
export function checkBody(
  body: ParsedBody,
  ownPath: string,
  targets: LinkTargets,
  isArticle: boolean,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (position: Position, message: string, rule: string, severity: ContentProblem['severity'] = 'error') =>
    problems.push({
      file: body.file,
      line: body.bodyLine + (position?.start.line ?? 1) - 1,
      column: position?.start.column ?? 1,
      message,
      rule,
      severity,
    });

  visit(body.tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        at(
          node.position,
          'import and export are not allowed in content; use the components listed in CONTRIBUTING.md, which need no import',
          'mdx-import-export',
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        at(
          node.position,
          'a "{" starts code, which content may not contain; write "\\{" for a brace, or reword the sentence',
          'mdx-expression',
        );
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (!targets.componentNames.includes(name)) {
          const what = name === '' ? 'a fragment <>' : `<${name}>`;
          at(
            node.position,
            `${what} is not a component content may use; use Markdown, or one of: ${targets.componentNames.join(', ')}`,
            'mdx-unknown-component',
          );
        }
        for (const attribute of node.attributes) {
          if (
            attribute.type === 'mdxJsxExpressionAttribute' ||
            (attribute.value !== null && typeof attribute.value === 'object')
          ) {
            at(
              attribute.position ?? node.position,
              `attributes take plain text in quotes, such as title="Note"; code in {…} is not allowed`,
              'mdx-expression',
            );
          }
        }
        break;
      }
      case 'link':
        checkLink(node, ownPath, targets, at);
        break;
      case 'image':
        checkImage(node, targets, at);
        break;
    }
  });
  if (isArticle) checkHeadings(body.tree, at);
  return problems;
}

type Report = (position: Position, message: string, rule: string, severity?: ContentProblem['severity']) => void;

function checkLink(node: Link, ownPath: string, targets: LinkTargets, at: Report) {
  const { url } = node;
  if (/^(mailto:|tel:)/.test(url)) return;
  if (url.startsWith('http://')) {
    at(node.position, `link to "${url}" is not secure; use https:// (most sites answer on it)`, 'link-insecure');
    return;
  }
  if (url.startsWith('https://')) return;
  if (!url.startsWith('/') && !url.startsWith('#')) {
    at(
      node.position,
      `link to "${url}" must start with / (a page of this site) or https:// (another site)`,
      'link-relative',
    );
    return;
  }
  const [rawPath = '', anchor] = url.split('#');
  const linkPath = rawPath === '' ? ownPath : rawPath.replace(/(.)\/$/, '$1');
  if (targets.unpublished.has(linkPath)) {
    at(
      node.position,
      `link to "${linkPath}", which is a draft or not yet published; readers would find no page there`,
      'link-unpublished',
      'warning',
    );
    return;
  }
  if (!targets.published.has(linkPath) && !fs.existsSync(path.join(targets.projectRoot, 'public', linkPath))) {
    const meant = closestPath(linkPath, targets.published);
    at(
      node.position,
      meant
        ? `link to "${linkPath}", which is not a page of this site; did you mean "${meant}"?`
        : `link to "${linkPath}", which is not a page of this site; check the spelling against the file names in content/`,
      'link-broken',
    );
    return;
  }
  const anchors = targets.anchors.get(linkPath);
  if (anchor && anchors && !anchors.has(anchor) && !anchor.startsWith('user-content-')) {
    at(
      node.position,
      `link to "#${anchor}", but ${linkPath} has no heading with that id; headings there: ${[...anchors].join(', ') || 'none'}`,
      'link-anchor',
    );
  }
}

/** A page whose address differs from a broken link's by a slip of the keyboard: a letter or two, not a word. */
function closestPath(linkPath: string, published: ReadonlySet<string>): string | undefined {
  const allowed = Math.max(1, Math.floor(linkPath.length / 12));
  let best: { path: string; distance: number } | undefined;
  for (const candidate of published) {
    const distance = editDistance(linkPath, candidate);
    if (distance <= allowed && (!best || distance < best.distance)) best = { path: candidate, distance };
  }
  return best?.path;
}

function checkImage(node: Image, targets: LinkTargets, at: Report) {
  if (!node.alt || node.alt.trim() === '') {
    at(
      node.position,
      'image has no alt text; describe what it shows between the brackets: ![a court building](/images/court.jpg)',
      'image-alt',
    );
  }
  if (!node.url.startsWith('/')) {
    at(
      node.position,
      `image "${node.url}" must be a file under public/, written from /, such as /images/court.jpg`,
      'image-missing',
    );
  } else if (!fs.existsSync(path.join(targets.projectRoot, 'public', decodeURI(node.url)))) {
    at(node.position, `image "${node.url}" does not exist; add it as public${node.url}`, 'image-missing');
  }
}

function checkHeadings(tree: Root, at: Report) {
  let previous = 1;
  let sections = 0;
  visit(tree, 'heading', (node: Heading) => {
    if (node.depth === 1) {
      at(
        node.position,
        'a "# " heading makes a second title; the title comes from the frontmatter, so start sections with "## "',
        'heading-level',
        'warning',
      );
    } else if (node.depth > previous + 1) {
      at(
        node.position,
        `heading "${toString(node)}" skips from level ${previous} to ${node.depth}; use ${'#'.repeat(previous + 1)} instead`,
        'heading-level',
        'warning',
      );
    }
    if (node.depth === 2) sections += 1;
    previous = node.depth;
  });
  if (sections === 0) {
    at(
      undefined,
      'the article has no "## " section heading; headings help readers scan and build the table of contents',
      'no-sections',
      'warning',
    );
  }
}

/** The ids rehype-slug gives the headings of a body, for checking #anchors. */
export function headingIds(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  visit(tree, 'heading', (node: Heading) => {
    ids.add(slugger.slug(toString(node)));
  });
  return ids;
}
