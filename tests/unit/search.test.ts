import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { synonymsSchema } from '@/lib/content/schema';
import { searchDocuments } from '@/lib/search';
import { buildSiteSearch, excerptFor, expandQuery, searchSite } from '@/lib/search/site-search';
import { loadContent } from '@/lib/content/load';
import { visibleArticles } from '@/lib/content/publication';
import { siteWithFolder } from './support/fixture-site';
import { CALL_LANGUAGES } from '@/lib/languages';
import { LOCALES, pagePath } from '@/lib/routes';

// The fixture site plus four articles written for these tests (tests/fixtures/search-articles).
const content = loadContent(siteWithFolder('search-articles', 'content/articles'));
const articles = visibleArticles(content.articles, { today: '2026-11-27', includeUnpublished: false });
const siteSearch = buildSiteSearch(searchDocuments(articles, content.practiceAreas));
const urls = (query: string) => searchSite(siteSearch, query).map((hit) => hit.url);

describe('searching the articles and practice areas', () => {
  it('finds the article about section 2255 first for "2255", and a page that mentions it in passing after', () => {
    // The relief check is always in the index: one of its topics is the § 2255 motion.
    expect(urls('2255')).toEqual([
      '/articles/motions-under-2255',
      '/articles/coram-nobis-after-the-sentence',
      '/relief-check',
    ]);
  });

  it('ranks a page about the words above pages that mention them in passing', () => {
    expect(urls('coram nobis')[0]).toBe('/articles/coram-nobis-after-the-sentence');
    expect(urls('pardon')[0]).toBe('/articles/pardons-and-their-limits');
    expect(urls('pardon')).toContain('/articles/compassionate-release-from-prison');
  });

  it('forgives a small typing mistake in a longer word', () => {
    expect(urls('compasionate')[0]).toBe('/articles/compassionate-release-from-prison');
  });

  it('returns nothing for an empty query or a word no page has', () => {
    expect(urls('   ')).toEqual([]);
    expect(urls('xylophone')).toEqual([]);
  });

  it('marks the matched words in an excerpt from the body', () => {
    const [hit] = searchSite(siteSearch, 'pardon');
    expect(hit?.excerpt.filter((part) => part.match).map((part) => part.text.toLowerCase())).toContain('pardon');
    expect(hit?.excerpt.map((part) => part.text).join('')).toContain('governor');
  });

  it('cuts an excerpt at word boundaries around the first match', () => {
    const body = `${'word '.repeat(40)}the coram nobis petition ${'more '.repeat(60)}`;
    const excerpt = excerptFor({ body, description: 'unused' }, ['coram']);
    const text = excerpt.map((part) => part.text).join('');
    expect(text.startsWith('…word')).toBe(true);
    expect(text.endsWith('more…')).toBe(true);
    expect(excerpt.filter((part) => part.match)).toEqual([{ text: 'coram', match: true }]);
  });
});

describe('searching in the words readers use', () => {
  const site = loadContent(siteWithFolder('search-articles', 'content/articles'));
  const documents = searchDocuments(
    visibleArticles(site.articles, { today: '2026-11-27', includeUnpublished: false }),
    site.practiceAreas,
  );
  const withDetention = buildSiteSearch([
    ...documents,
    {
      id: 'page:detained',
      kind: 'page',
      title: 'Someone was detained by immigration',
      description: 'What to do now when a family member is detained.',
      body: 'Find the person. Ask a lawyer about bond.',
      url: '/detained',
    },
  ]);
  const synonyms = [{ words: ['ICE', 'la migra'], means: ['detained', 'detention'] }];

  it('finds the detention page for "ICE" and "la migra" through the synonym list', () => {
    expect(searchSite(withDetention, 'ICE', synonyms).map((hit) => hit.url)).toEqual(['/detained']);
    expect(searchSite(withDetention, 'la migra', synonyms)[0]?.url).toBe('/detained');
    expect(searchSite(withDetention, 'ICE', []).map((hit) => hit.url)).toEqual([]);
  });

  it('expands only whole words and phrases', () => {
    expect(expandQuery('ICE took my brother', synonyms)).toEqual(['detained', 'detention']);
    expect(expandQuery('police', synonyms)).toEqual([]);
    expect(expandQuery('la migra', synonyms)).toEqual(['detained', 'detention']);
  });
});

describe('searching the Spanish pages', () => {
  const page = (id: string, title: string, body: string) => ({
    id,
    kind: 'article' as const,
    title,
    description: `${title}: una descripción de prueba.`,
    body,
    url: `/es/articulos/${id}`,
  });
  const spanishSearch = buildSiteSearch(
    [
      page('deportacion', 'Qué pasa antes de una deportación', 'Una condena puede llevar a la deportación.'),
      page('indultos', 'Los indultos y la inmigración', 'Un indulto perdona solo algunas causales.'),
      page('detencion', 'La detención de inmigración', 'Si ICE detuvo a su familiar, llame hoy.'),
    ],
    'es',
  );
  const found = (query: string) => searchSite(spanishSearch, query).map((hit) => hit.url);

  it('finds a word typed without its accent, and with it', () => {
    expect(found('deportacion')).toEqual(['/es/articulos/deportacion']);
    expect(found('deportación')).toEqual(['/es/articulos/deportacion']);
    expect(found('DETENCION')).toEqual(['/es/articulos/detencion']);
  });

  it('finds other forms of a word: plural, and the noun for the verb', () => {
    expect(found('indulto')).toEqual(['/es/articulos/indultos']);
    expect(found('condenas')).toEqual(['/es/articulos/deportacion']);
    expect(found('deportaciones')).toEqual(['/es/articulos/deportacion']);
  });

  it('finds the intended page for the words Spanish readers type (the fixture synonym list)', () => {
    const synonyms = synonymsSchema.parse(
      parse(fs.readFileSync(path.join(__dirname, '../fixtures/search/es-synonyms.yaml'), 'utf8')),
    );
    const readersSearch = buildSiteSearch(
      [
        page('sentencias', 'La condena para fines migratorios', 'Una condena cuenta aunque el caso se cierre.'),
        page('antecedentes', 'Cómo obtener sus antecedentes penales', 'Pida copias al tribunal y al FBI.'),
        page('indultos', 'Los indultos y la inmigración', 'Un indulto perdona solo algunas causales.'),
        page('probation', 'La libertad a prueba', 'La libertad a prueba es parte de la pena.'),
        page('nta', 'La Notificación de Comparecencia', 'Ese papel inicia un caso de deportación.'),
        page('detenidos', 'Qué hacer si detienen a alguien', 'Una persona detenida puede pedir una fianza.'),
        page('parole', 'La libertad condicional', 'La libertad condicional sigue a la prisión.'),
        page('delitos-graves', 'Un delito grave', 'Un delito grave tiene una pena de más de un año.'),
        page('agravados', 'El delito grave agravado', 'Un delito grave agravado cierra casi todas las salidas.'),
      ],
      'es',
    );
    const first = (query: string) => searchSite(readersSearch, query, synonyms)[0]?.url;
    const expected: [string, string][] = [
      ['convicción', 'sentencias'],
      ['récord', 'antecedentes'],
      ['récord criminal', 'antecedentes'],
      ['corte', 'antecedentes'],
      ['fianza', 'detenidos'],
      ['bond', 'detenidos'],
      ['perdón', 'indultos'],
      ['probatoria', 'probation'],
      ['probation', 'probation'],
      ['parole', 'parole'],
      ['felonía', 'delitos-graves'],
      ['delito mayor', 'delitos-graves'],
      ['felonía agravada', 'agravados'],
      ['notificación de comparecencia', 'nta'],
      ['NTA', 'nta'],
      ['papeles', 'nta'],
      ['migra', 'detenidos'],
      ['detuvieron a mi hijo', 'detenidos'],
    ];
    for (const [query, id] of expected) expect(first(query), query).toBe(`/es/articulos/${id}`);
  });

  it('looks for a synonym phrase whole, never word by word, and its little words ("de", "en") find nothing', () => {
    const dui = buildSiteSearch(
      [
        page('dui', 'Manejar en estado de ebriedad', 'Una condena por manejar en estado de ebriedad y la inmigración.'),
        page('condena', 'La condena de la persona', 'La condena de la corte en la ciudad de la persona.'),
        page('estado', 'Las leyes de cada estado', 'Cada estado tiene sus propias leyes penales.'),
        page('indultos', 'Los indultos y la inmigración', 'Un indulto perdona solo algunas causales.'),
      ],
      'es',
    );
    const synonyms = [{ words: ['DWI', 'borracha'], means: ['manejar en estado de ebriedad'] }];
    const hits = (query: string) => searchSite(dui, query, synonyms);
    for (const query of ['DWI', 'borracha', 'manejar borracha']) {
      expect(
        hits(query).map((hit) => hit.url),
        query,
      ).toEqual(['/es/articulos/dui']);
    }
    // Every result holds a word of the query or of its synonyms, marked where it is shown.
    for (const hit of hits('DWI')) expect(hit.excerpt.some((part) => part.match)).toBe(true);
    // A query of little words alone finds nothing, in either language.
    expect(hits('de la')).toEqual([]);
    expect(searchSite(siteSearch, 'the of and')).toEqual([]);
  });

  it('marks the words found in the text as written, accents and all', () => {
    const [hit] = searchSite(spanishSearch, 'detencion');
    expect(hit?.excerpt.filter((part) => part.match).map((part) => part.text)).toEqual(['detención']);
  });
});

describe('finding "Help in your language"', () => {
  for (const locale of LOCALES) {
    const languageSearch = buildSiteSearch(searchDocuments([], [], [], locale), locale);
    it(`finds it by each language's own name and its English name, and by "interpreter" (${locale})`, () => {
      const queries = ['kreyòl', 'kreyol', 'Creole', 'Haitian', 'Haiti', '中文', 'Chinese', 'interpreter'];
      const names = CALL_LANGUAGES.flatMap((language) => [language.ownName, language.englishName]);
      for (const query of [...queries, ...names]) {
        expect(
          searchSite(languageSearch, query).map((hit) => hit.url),
          `${locale}: ${query}`,
        ).toContain(pagePath('languageHelp', locale));
      }
    });
  }

  it('finds it by the names the Spanish edition uses ("criollo haitiano", "chino")', () => {
    const spanishSearch = buildSiteSearch(searchDocuments([], [], [], 'es'), 'es');
    for (const query of ['criollo haitiano', 'chino', 'intérprete', 'interprete']) {
      expect(
        searchSite(spanishSearch, query).map((hit) => hit.url),
        query,
      ).toContain(pagePath('languageHelp', 'es'));
    }
  });
});
