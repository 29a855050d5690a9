import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, contentReport, formatCheckLine } from '@/lib/content-check';
import { filesInFocus } from '@/lib/content-check/focus';
import { untranslatedLine } from '@/lib/content-check/translation-rules';
import { readContent } from '@/lib/content/load';
import { loadSite } from '@/lib/content/load';
import { siteWith, VALID_SITE } from './support/fixture-site';

const TODAY = '2026-11-27';

const SPANISH_FIRM = `tagline: No aceptamos un "no" como respuesta.
summary: Defensa penal y alivio posterior a la condena para personas que no son ciudadanas de EE. UU.
emergency: Si alguien está detenido ahora, llámenos.
afterHours: Fuera del horario, deje un mensaje y le llamamos.
replyTime: Respondemos en un día hábil.
firstConsultation: La primera consulta es gratis.
languages:
  - inglés
  - español
areaServed:
  - Nueva York
`;

/** A Spanish article; `fields` replace or add frontmatter lines. */
function spanishArticle(fields: Record<string, string | undefined>): string {
  const lines = Object.entries({
    title: 'Un artículo más nuevo sobre el alivio',
    description: 'Un artículo publicado este año, traducido para probar las reglas de las traducciones.',
    date: '2026-02-15',
    tags: '\n  - post-conviction-relief',
    translationOf: 'newer-article',
    ...fields,
  }).flatMap(([key, value]) => (value === undefined ? [] : [`${key}: ${value}`]));
  return `---\n${lines.join('\n')}\n---\n\nTexto del artículo.\n`;
}

function translatedSite(files: Record<string, string>): string {
  return siteWith({
    'content/es/firm.yaml': SPANISH_FIRM,
    'content/es/faq.yaml': '[]\n',
    'content/es/glossary.yaml': '[]\n',
    'content/es/synonyms.yaml': '[]\n',
    ...files,
  });
}

function translationLines(root: string, rule = 'translation-'): string[] {
  return checkContent(root, TODAY)
    .filter((problem) => problem.rule.startsWith(rule))
    .map(formatCheckLine);
}

describe('content:check on translations', () => {
  it('accepts a translation of a published article and loads it as the Spanish site', () => {
    const root = translatedSite({
      'content/es/articles/un-articulo.mdx': spanishArticle({ reviewedBy: 'jane-doe', reviewed: '2026-03-02' }),
    });
    expect(translationLines(root)).toEqual([]);
    const site = loadSite(root);
    expect(site.es.articles.map((article) => [article.slug, article.translationOf])).toEqual([
      ['un-articulo', 'newer-article'],
    ]);
    expect(site.es.firm.tagline).toBe('No aceptamos un "no" como respuesta.');
    expect(site.es.firm.phone).toBe(site.en.firm.phone);
  });

  it('refuses a translation of an article that does not exist, naming the file, line and what to write', () => {
    const root = translatedSite({
      'content/es/articles/un-articulo.mdx': spanishArticle({ translationOf: 'no-such' }),
    });
    expect(translationLines(root)).toEqual([
      'content/es/articles/un-articulo.mdx:7:1  error: translationOf: "no-such" is not an article in content/articles; write the file name of the English article, without .mdx  (translation-unknown-source)',
    ]);
    expect(() => loadSite(root)).toThrow(/un-articulo\.mdx: translationOf: "no-such" is not an article/);
  });

  it('refuses a second translation of an article on the newcomer, and sends it to the one that stays', () => {
    const root = translatedSite({
      'content/es/articles/un-articulo.mdx': spanishArticle({ reviewedBy: 'jane-doe', reviewed: '2026-03-02' }),
      'content/es/articles/a-otro-articulo.mdx': spanishArticle({
        title: 'Otro artículo con el mismo original',
        date: '2026-04-01',
      }),
    });
    expect(translationLines(root, 'translation-duplicate')).toEqual([
      'content/es/articles/a-otro-articulo.mdx:7:1  error: translationOf: "newer-article" already has a translation, content/es/articles/un-articulo.mdx; put what this file adds into that one and delete this file (one translation per article)  (translation-duplicate)',
    ]);
  });

  it('tells neither of two equal translations to go, and suggests the English file meant', () => {
    const root = translatedSite({
      'content/es/articles/un-articulo.mdx': spanishArticle({}),
      'content/es/articles/otro-articulo.mdx': spanishArticle({ title: 'Otro artículo con el mismo original' }),
      'content/es/articles/tercero.mdx': spanishArticle({ title: 'Un tercer artículo', translationOf: 'older-artcle' }),
    });
    expect(translationLines(root).filter((line) => !line.includes('(translation-stale)'))).toEqual([
      'content/es/articles/otro-articulo.mdx:7:1  error: translationOf: "newer-article" is also translated by content/es/articles/un-articulo.mdx; keep one translation per article: put what the newer file adds into the older one, then delete the newer file  (translation-duplicate)',
      'content/es/articles/tercero.mdx:7:1  error: translationOf: "older-artcle" is not an article in content/articles; did you mean "older-article"?  (translation-unknown-source)',
      'content/es/articles/un-articulo.mdx:7:1  error: translationOf: "newer-article" is also translated by content/es/articles/otro-articulo.mdx; keep one translation per article: put what the newer file adds into the older one, then delete the newer file  (translation-duplicate)',
    ]);
  });

  it('does not blame a translation for a mistake in its English article', () => {
    const root = translatedSite({
      'content/articles/newer-article.mdx': fs
        .readFileSync(path.join(VALID_SITE, 'content/articles/newer-article.mdx'), 'utf8')
        .replace(/^date: .*$/m, 'date: March 5 2026'),
      'content/es/articles/un-articulo.mdx': spanishArticle({}),
    });
    const lines = checkContent(root, TODAY)
      .filter((problem) => problem.severity === 'error')
      .map(formatCheckLine);
    expect(lines).toEqual([
      expect.stringMatching(
        /^content\/articles\/newer-article\.mdx:\d+:1  error: date: expected a date as YYYY-MM-DD, got "March 5 2026"; write 2026-03-05  \(frontmatter-schema\)$/,
      ),
    ]);
  });

  it('asks a translation to name its original, and an English article not to', () => {
    const root = translatedSite({
      'content/es/articles/un-articulo.mdx': spanishArticle({ translationOf: undefined }),
      'content/articles/english-with-link.mdx': spanishArticle({
        title: 'An English article that names itself',
        translationOf: 'english-with-link',
      }),
    });
    expect(translationLines(root)).toEqual([
      'content/articles/english-with-link.mdx:7:1  error: translationOf: belongs only in a translation (content/es/articles/…); remove the line from the English article  (translation-misplaced)',
      'content/es/articles/un-articulo.mdx:1:1  error: translationOf: is missing; add the file name of the English article this translates, without .mdx, e.g. "translationOf: withdrawing-a-guilty-plea"  (translation-missing-source)',
    ]);
  });

  it('sends a translation saved in the English folder to the Spanish one', () => {
    const root = translatedSite({
      'content/articles/un-articulo.mdx': spanishArticle({ translationOf: 'older-article' }),
    });
    expect(translationLines(root)).toEqual([
      'content/articles/un-articulo.mdx:7:1  error: translationOf: says this file translates "older-article", so it is a translation saved in the English folder; move it to content/es/articles/un-articulo.mdx and keep the line  (translation-misplaced)',
    ]);
  });

  it('warns when a translation does not say which version of the English it follows, or whose law it explains', () => {
    const root = translatedSite({ 'content/es/articles/un-articulo.mdx': spanishArticle({}) });
    const spanishOnly = (lines: string[]) => lines.filter((line) => line.startsWith('content/es/'));
    expect(spanishOnly(translationLines(root, 'jurisdiction-missing'))).toEqual([
      expect.stringMatching(/^content\/es\/articles\/un-articulo\.mdx:2:1  warning: jurisdiction: is missing/),
    ]);
    expect(
      spanishOnly(
        translationLines(
          translatedSite({ 'content/es/articles/un-articulo.mdx': spanishArticle({ jurisdiction: 'NY' }) }),
          'jurisdiction-missing',
        ),
      ),
    ).toEqual([]);
    expect(translationLines(root, 'translated-from-missing')).toEqual([
      'content/es/articles/un-articulo.mdx:7:1  warning: translatedFrom: is missing, so the check cannot tell when the English article changes after this translation; add "translatedFrom: 2026-03-01" (the version of the English you translated)  (translated-from-missing)',
    ]);
  });

  it('points at a line left in English, such as a callout’s title, and not at names, citations or markup', () => {
    const english = fs.readFileSync(path.join(VALID_SITE, 'content/articles/newer-article.mdx'), 'utf8');
    const root = translatedSite({
      'content/articles/newer-article.mdx': `${english}\n<Callout title="If someone is detained">\nCall the firm now, day or night.\n</Callout>\n\nSee Padilla v. Kentucky.\n`,
      'content/es/articles/un-articulo.mdx': spanishArticle({}).replace(
        'Texto del artículo.\n',
        '<Callout title="If someone is detained">\nLlame a la firma ahora, de día o de noche.\n</Callout>\n\nSee Padilla v. Kentucky.\n',
      ),
    });
    expect(translationLines(root, 'untranslated-line')).toEqual([
      'content/es/articles/un-articulo.mdx:10:1  warning: is the same as a line of the English article ("<Callout title="If someone is detained">"); translate it  (untranslated-line)',
    ]);
  });

  it('refuses a translated page whose English file does not exist', () => {
    const root = translatedSite({
      'content/es/practice-areas/inventada.mdx':
        '---\ntitle: Un área inventada\ndescription: Un área de práctica que no existe en inglés, para probar la regla de las traducciones.\norder: 9\n---\n\nTexto.\n',
    });
    expect(translationLines(root)).toEqual([
      'content/es/practice-areas/inventada.mdx:1:1  error: has no English file content/practice-areas/inventada.mdx; a translation takes the same file name as the page it translates  (translation-unknown-source)',
    ]);
  });

  it('warns when the English article changed after its translation was reviewed', () => {
    // newer-article was updated on 2026-03-01.
    const stale = translatedSite({
      'content/es/articles/un-articulo.mdx': spanishArticle({ reviewedBy: 'jane-doe', reviewed: '2026-02-20' }),
    });
    expect(translationLines(stale)).toEqual([
      'content/es/articles/un-articulo.mdx:7:1  warning: translationOf: translation may be stale: content/articles/newer-article.mdx changed on 2026-03-01, after content/es/articles/un-articulo.mdx was reviewed on 2026-02-20; compare the two, bring this one up to date, set translatedFrom: 2026-03-01, and have it reviewed again  (translation-stale)',
    ]);
    const unreviewed = translatedSite({ 'content/es/articles/un-articulo.mdx': spanishArticle({}) });
    expect(translationLines(unreviewed)).toEqual([
      'content/es/articles/un-articulo.mdx:7:1  warning: translationOf: translation may be stale: content/articles/newer-article.mdx changed on 2026-03-01, after content/es/articles/un-articulo.mdx was written on 2026-02-15; compare the two, bring this one up to date, set translatedFrom: 2026-03-01, and have it reviewed again  (translation-stale)',
    ]);
  });

  it('warns, naming both files, when the English changed after the version a translation records it follows', () => {
    // The translation was written and reviewed after the English change, but says it translates an older version.
    const behind = translatedSite({
      'content/es/articles/un-articulo.mdx': spanishArticle({
        date: '2026-03-05',
        reviewedBy: 'jane-doe',
        reviewed: '2026-03-06',
        translatedFrom: '2026-02-01',
      }),
    });
    expect(translationLines(behind)).toEqual([
      'content/es/articles/un-articulo.mdx:10:1  warning: translatedFrom: translation may be stale: content/articles/newer-article.mdx changed on 2026-03-01, after the version of 2026-02-01 that content/es/articles/un-articulo.mdx translates; compare the two, bring this one up to date, set translatedFrom: 2026-03-01, and have it reviewed again  (translation-stale)',
    ]);
    const current = translatedSite({
      'content/es/articles/un-articulo.mdx': spanishArticle({ translatedFrom: '2026-03-01' }),
    });
    expect(translationLines(current)).toEqual([]);
  });

  it('refuses a Spanish page that links an English article or page the Spanish site has too', () => {
    const withLink = translatedSite({
      'content/es/articles/un-articulo.mdx': spanishArticle({}),
      'content/es/articles/otro.mdx': spanishArticle({
        translationOf: 'older-article',
        title: 'Otro artículo para la prueba',
      }).replace(
        'Texto del artículo.',
        'Lea [el artículo](/articles/newer-article) y [este otro](/es/articulos/un-articulo). [Escríbanos](/contact#form).',
      ),
    });
    expect(translationLines(withLink, 'link-to-english')).toEqual([
      'content/es/articles/otro.mdx:10:5  error: links the English article /articles/newer-article, which this language has too; link /es/articulos/un-articulo instead  (link-to-english)',
      'content/es/articles/otro.mdx:10:86  error: links the English page /contact#form, which this language has too; link /es/contacto#form instead  (link-to-english)',
    ]);
  });

  it('checks one file with its translation pair, from either side', () => {
    const root = translatedSite({ 'content/es/articles/un-articulo.mdx': spanishArticle({}) });
    const reading = readContent(root);
    const pair = ['content/articles/newer-article.mdx', 'content/es/articles/un-articulo.mdx'];
    expect([...filesInFocus(reading, ['content/articles/newer-article.mdx'])].sort()).toEqual(pair);
    expect([...filesInFocus(reading, ['./content/es/articles/un-articulo.mdx'])].sort()).toEqual(pair);
    expect([...filesInFocus(reading, ['content/practice-areas/crimmigration.mdx'])].sort()).toEqual([
      'content/es/practice-areas/crimmigration.mdx',
      'content/practice-areas/crimmigration.mdx',
    ]);
  });

  it('lists the published articles that have no translation yet', () => {
    const root = translatedSite({ 'content/es/articles/un-articulo.mdx': spanishArticle({ reviewed: undefined }) });
    const report = contentReport(root, TODAY);
    expect(report.untranslated.es).toEqual(['content/articles/older-article.mdx']);
    expect(untranslatedLine('es', report.untranslated.es, report.publishedEnglish)).toBe(
      'Not translated into es yet (1 of 2 published articles; add a file to content/es/articles with translationOf): content/articles/older-article.mdx',
    );
  });
});
