import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { languageRedirects } from '@/lib/i18n/address-rules';
import {
  articleIndexPath,
  articlePath,
  consultationReceivedPath,
  feedPath,
  firmPagePath,
  homePath,
  LOCALES,
  localizedRoutes,
  type Locale,
  pagePath,
  searchPath,
  shareImagePath,
} from '@/lib/routes';
import { prerenderedFileMap } from '../../scripts/support/nginx-map.mts';

describe('the addresses of the two languages', () => {
  it('keeps English at the root and puts Spanish under /es, in Spanish words', () => {
    expect([homePath(), homePath('es')]).toEqual(['/', '/es']);
    expect(articlePath('x')).toBe('/articles/x');
    expect(articlePath('x', 'es')).toBe('/es/articulos/x');
    expect(articleIndexPath(2, 'es')).toBe('/es/articulos/pagina/2');
    expect(pagePath('contact', 'es')).toBe('/es/contacto');
    expect(firmPagePath('about', 'es')).toBe('/es/sobre-nosotros');
    expect(searchPath('deportación', 'es')).toBe('/es/buscar?q=deportaci%C3%B3n');
    expect(consultationReceivedPath('K7Q2-M9XD', { callFirst: true }, 'es')).toBe(
      '/es/contacto/recibido?reference=K7Q2-M9XD&call=first',
    );
    expect(feedPath('es')).toBe('/es/feed.xml');
  });

  it('puts a page’s share image beside the page', () => {
    expect(shareImagePath(homePath())).toBe('/share.png');
    expect(shareImagePath(homePath('es'))).toBe('/es/share.png');
    expect(shareImagePath(articlePath('x', 'es'))).toBe('/es/articulos/x/share.png');
  });

  it('gives each page of app/_pages its address in each language', () => {
    const routes = localizedRoutes();
    expect(routes['/articles/[slug]']).toEqual({ en: '/articles/[slug]', es: '/articulos/[slug]' });
    expect(routes['/articles/page/[number]']).toEqual({
      en: '/articles/page/[number]',
      es: '/articulos/pagina/[number]',
    });
    expect(routes['/contact/received']).toEqual({ en: '/contact/received', es: '/contacto/recibido' });
    expect(routes['/']).toEqual({ en: '/', es: '/' });
  });

  it('maps each public address to its prerendered file for nginx: its own address, the home page index', () => {
    expect(prerenderedFileMap().split('\n')).toEqual([
      'map $uri $prerendered {',
      '  default $uri;',
      '  / /index;',
      '}',
    ]);
  });
});

describe('the route folders and the redirects handed to Next.js', () => {
  const routeRoot = (locale: Locale) => (locale === 'en' ? 'app/(en)' : `app/(${locale})/${locale}`);
  const pagesUnder = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const inside = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === '[...rest]' ? [] : pagesUnder(inside);
      return entry.name === 'page.tsx' ? [inside] : [];
    });

  it('has a route at each public address of lib/routes.ts, in each language, and no other', () => {
    for (const locale of LOCALES) {
      const expected = Object.values(localizedRoutes())
        .map((paths) => path.join(routeRoot(locale), paths[locale], 'page.tsx'))
        .sort();
      expect(pagesUnder(routeRoot(locale)).sort(), `routes under ${routeRoot(locale)}`).toEqual(expected);
      for (const file of expected) expect(fs.readFileSync(file, 'utf8'), file).toContain(`inLocale('${locale}'`);
    }
  });

  it('sends a needless /en and English words under /es to the public address', () => {
    // Next.js's own matcher, as its router applies these rules.
    const redirect = (address: string) => {
      for (const rule of languageRedirects()) {
        const params = getPathMatch(rule.source, { removeUnnamedParams: true, strict: true })(address);
        if (params)
          return rule.destination.replace(/:(\w+)\+?/g, (_match: string, name: string) => {
            const value = params[name];
            return Array.isArray(value) ? value.join('/') : String(value);
          });
      }
      return undefined;
    };
    expect(redirect('/en')).toBe('/');
    expect(redirect('/en/articles/x')).toBe('/articles/x');
    expect(redirect('/es/articles/x')).toBe('/es/articulos/x');
    expect(redirect('/es/articles/page/2')).toBe('/es/articulos/pagina/2');
    expect(redirect('/es/articulos/x/share.png')).toBeUndefined();
    expect(redirect('/contacto')).toBeUndefined();
    expect(redirect('/articles/x')).toBeUndefined();
    expect(redirect('/es/articulos/x')).toBeUndefined();
  });
});
