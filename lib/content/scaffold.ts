/** `"What to Ask Before a Plea?"` → `what-to-ask-before-a-plea` */
export function slugFromTitle(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/§/g, 'section ')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '') || 'untitled-post'
  );
}

// The description is deliberately too short for the "best range" advice, so
// content:check reminds the writer to replace it before publishing.
export const PLACEHOLDER_DESCRIPTION = 'TODO: one or two plain sentences saying what a reader will learn here.';

/** What the editor's callout button writes, to be changed by the writer (lib/editor/body-snippets.ts). */
export const CALLOUT_SNIPPET = { title: 'Title of the box', text: 'Text of the box.' };

/** The skeleton's sample lines, each written once: the skeleton below prints them, content:check looks for them. */
const SKELETON = {
  opening: 'Start with one short paragraph: who this article is for and what they will',
  firstHeading: 'The first question a reader has',
  answer: 'Answer it. Cite the source of each legal point in a footnote.',
  secondHeading: 'What the reader can do',
  nextStep: 'Explain the next step in plain words.',
};

/**
 * The sample lines a writer replaces: the skeleton below and the editor's
 * snippets. content:check finds any left in a file (template-rules.ts).
 */
export const TEMPLATE_SAMPLES: readonly string[] = [
  ...Object.values(SKELETON),
  CALLOUT_SNIPPET.title,
  CALLOUT_SNIPPET.text,
];

/** A new draft article: valid frontmatter, dated today, and a skeleton body. */
export function scaffoldPost(title: string, today: string): string {
  const quotedTitle = JSON.stringify(title.length >= 10 ? title : `${title} (draft title)`);
  return `---
title: ${quotedTitle}
description: ${JSON.stringify(PLACEHOLDER_DESCRIPTION)}
date: ${today}
tags:
  - crimmigration
draft: true
---

${SKELETON.opening}
learn. Use plain words; many readers are not native English speakers.

## ${SKELETON.firstHeading}

${SKELETON.answer}[^1]

## ${SKELETON.secondHeading}

${SKELETON.nextStep}

<Callout title="If someone is detained">
Call the firm now. Do not wait for an answer to the online form.
</Callout>

[^1]: Padilla v. Kentucky, 559 U.S. 356 (2010).
`;
}

/** What a translation starts from: the English article's frontmatter and its text. */
export type TranslationSource = {
  slug: string;
  title: string;
  jurisdiction?: string;
  tags: readonly string[];
  /** The English version translated: its `updated`, or its `date`. */
  version: string;
  body: string;
};

/**
 * A Spanish draft of an English article (`npm run new-post -- --translate`):
 * the frontmatter filled in (translationOf, translatedFrom, jurisdiction,
 * tags), the Spanish title, and the English text below, to be replaced
 * paragraph by paragraph. A draft, so nothing is published half-translated.
 */
export function scaffoldTranslation(source: TranslationSource, spanishTitle: string, today: string): string {
  const lines = [
    '---',
    `title: ${JSON.stringify(spanishTitle.length >= 10 ? spanishTitle : `${spanishTitle} (título provisional)`)}`,
    `description: ${JSON.stringify(PLACEHOLDER_DESCRIPTION)}`,
    `date: ${today}`,
    ...(source.jurisdiction ? [`jurisdiction: ${source.jurisdiction}`] : []),
    `translationOf: ${source.slug}`,
    `translatedFrom: ${source.version}`,
    'tags:',
    ...source.tags.map((tag) => `  - ${tag}`),
    'draft: true',
    '---',
    '',
  ];
  return `${lines.join('\n')}${source.body.trimStart()}`;
}
