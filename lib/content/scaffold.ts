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

Start with one short paragraph: who this article is for and what they will
learn. Use plain words; many readers are not native English speakers.

## The first question a reader has

Answer it. Cite the source of each legal point in a footnote.[^1]

## What the reader can do

Explain the next step in plain words.

<Callout title="If someone is detained">
Call the firm now. Do not wait for an answer to the online form.
</Callout>

[^1]: Padilla v. Kentucky, 559 U.S. 356 (2010).
`;
}
