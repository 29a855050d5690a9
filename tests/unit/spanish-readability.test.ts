import { describe, expect, it } from 'vitest';
import { checkContent, formatCheckLine } from '@/lib/content-check';
import { INFLESZ_LIMIT, inflesz, spanishSyllables } from '@/lib/content-check/spanish-readability';
import { siteWith } from './support/fixture-site';

describe('plain Spanish, measured', () => {
  it('counts the syllables of Spanish words: diphthongs as one, hiatus and accented í or ú as two', () => {
    const counts: [string, number][] = [
      ['abogado', 4],
      ['deportación', 4],
      ['ciudadano', 4],
      ['construcción', 3],
      ['país', 2],
      ['río', 2],
      ['aéreo', 4],
      ['hoy', 1],
      ['muy', 1],
      ['y', 1],
      ['que', 1],
      ['guerra', 2],
      ['pingüino', 3],
      ['buey', 1],
    ];
    for (const [word, syllables] of counts) expect(spanishSyllables(word), word).toBe(syllables);
  });

  it('scores text on the INFLESZ scale: short words and sentences score higher', () => {
    expect(inflesz({ sentences: 1, words: 6, syllables: 10 })).toBeCloseTo(206.835 - (62.3 * 10) / 6 - 6, 5);
    expect(inflesz({ sentences: 1, words: 6, syllables: 10 })).toBeGreaterThan(
      inflesz({ sentences: 1, words: 30, syllables: 90 }),
    );
  });

  it('warns on a Spanish article below "normal", naming its hardest sentences on their lines', () => {
    const hard = `---
title: "Un artículo difícil de leer para la prueba"
description: Un artículo escrito con frases larguísimas para comprobar que la revisión de legibilidad en español lo detecta.
date: 2026-02-15
translationOf: newer-article
tags:
  - post-conviction-relief
---

La interpretación jurisprudencial predominante considera que las consecuencias migratorias derivadas de determinadas resoluciones condenatorias, particularmente aquellas relacionadas con conductas calificadas administrativamente como especialmente reprobables, requieren necesariamente una evaluación individualizada, pormenorizada y contextualizada de las circunstancias concurrentes.

Las organizaciones internacionales correspondientes recomiendan sistemáticamente procedimientos administrativos extraordinariamente complejos.
`;
    const lines = checkContent(
      siteWith({
        'content/es/firm.yaml': 'tagline: Un lema.\\nsummary: Un resumen.\\n',
        'content/es/faq.yaml': '[]\\n',
        'content/es/glossary.yaml': '[]\\n',
        'content/es/synonyms.yaml': '[]\\n',
        'content/es/articles/dificil.mdx': hard,
      }),
      '2026-11-27',
    )
      .filter((problem) => problem.rule === 'readability' && problem.file === 'content/es/articles/dificil.mdx')
      .map(formatCheckLine);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).toMatch(
      new RegExp(
        `^content/es/articles/dificil.mdx:10:1 {2}warning: the article scores -?\\d+\\.\\d on the INFLESZ scale, below ${INFLESZ_LIMIT} \\("normal"\\)`,
      ),
    );
  });
});
