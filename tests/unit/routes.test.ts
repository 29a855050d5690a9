import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { unstable_doesMiddlewareMatch as proxyRunsOn } from 'next/experimental/testing/server';
import { addressAliases, addressMeant, proxyMatcher } from '@/lib/i18n/address-rules';
import { config as proxyConfig } from '@/proxy';
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

describe('the addresses of the two languages', () => {
  it('keeps English at the root and puts Spanish under /es, in Spanish words', () => {
    expect([homePath(), homePath('es')]).toEqual(['/', '/es']);
    expect(articlePath('x')).toBe('/articles/x');
    expect(articlePath('x', 'es')).toBe('/es/articulos/x');
    expect(articleIndexPath(2, 'es')).toBe('/es/articulos/pagina/2');
    expect(pagePath('contact', 'es')).toBe('/es/contacto');
    expect(firmPagePath('about', 'es')).toBe('/es/sobre-nosotros');
    expect(searchPath('deportación', 'es')).toBe('/es/buscar?q=deportaci%C3%B3n');
    expect(consultationReceivedPath('K7Q2-M9XD', { call: 'first' }, 'es')).toBe(
      '/es/contacto/recibido?reference=K7Q2-M9XD&call=first',
    );
    expect(consultationReceivedPath('K7Q2-M9XD', { request: 'padilla' })).toBe(
      '/contact/received?reference=K7Q2-M9XD&request=padilla',
    );
    expect(consultationReceivedPath('K7Q2-M9XD', { call: 'now', request: 'padilla' })).toBe(
      '/contact/received?reference=K7Q2-M9XD&call=now&request=padilla',
    );
    expect(feedPath('es')).toBe('/es/feed.xml');
  });

  it('puts a page’s share image beside the page', () => {
    expect(shareImagePath(homePath())).toBe('/share.png');
    expect(shareImagePath(homePath('es'))).toBe('/es/share.png');
    expect(shareImagePath(articlePath('x', 'es'))).toBe('/es/articulos/x/share.png');
  });

  it('gives each page its address in each language', () => {
    const routes = localizedRoutes();
    expect(routes['/articles/[slug]']).toEqual({ en: '/articles/[slug]', es: '/articulos/[slug]' });
    expect(routes['/articles/page/[number]']).toEqual({
      en: '/articles/page/[number]',
      es: '/articulos/pagina/[number]',
    });
    expect(routes['/contact/received']).toEqual({ en: '/contact/received', es: '/contacto/recibido' });
    expect(routes['/']).toEqual({ en: '/', es: '/' });
  });
});

describe('the route folders and the redirects handed to Next.js', () => {
  const routeRoot = (locale: Locale) => (locale === 'en' ? 'app/(en)' : `app/(${locale})/${locale}`);
  const pagesUnder = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const inside = path.join(dir, entry.name);
      if (entry.isDirectory()) return pagesUnder(inside);
      return entry.name === 'page.tsx' ? [inside] : [];
    });

  it('has a route at each public address of lib/routes.ts, in each language, and no other', () => {
    for (const locale of LOCALES) {
      const expected = Object.values(localizedRoutes())
        .map((paths) => path.join(routeRoot(locale), paths[locale], 'page.tsx'))
        .sort();
      expect(pagesUnder(routeRoot(locale)).sort(), `routes under ${routeRoot(locale)}`).toEqual(expected);
      // An English page is the page itself; a Spanish route shows the English page at the same place in lib/routes.ts.
      for (const [english, paths] of Object.entries(localizedRoutes())) {
        const file = path.join(routeRoot(locale), paths[locale], 'page.tsx');
        const source = fs.readFileSync(file, 'utf8');
        if (locale === 'en') expect(source, file).not.toContain('inLocale(');
        else {
          expect(source, file).toContain(`inLocale('${locale}'`);
          expect(source, file).toContain(`from '@/app/(en)${english === '/' ? '' : english}/page'`);
        }
      }
    }
  });

  it('sends a needless /en, /ES, English words under /es and Spanish words without /es to the public address', () => {
    expect(addressMeant('/en')).toBe('/');
    expect(addressMeant('/en/articles/x')).toBe('/articles/x');
    expect(addressMeant('/es/articles/x')).toBe('/es/articulos/x');
    expect(addressMeant('/es/articles/page/2')).toBe('/es/articulos/pagina/2');
    expect(addressMeant('/es/contact/received')).toBe('/es/contacto/recibido');
    expect(addressMeant('/ES')).toBe('/es');
    expect(addressMeant('/ES/articles/x')).toBe('/es/articulos/x');
    expect(addressMeant('/contacto')).toBe('/es/contacto');
    expect(addressMeant('/articulos/x')).toBe('/es/articulos/x');
    expect(addressMeant('/detenidos')).toBe('/es/detenidos');
    for (const own of ['/es/articulos/x/share.png', '/articles/x', '/es/articulos/x', '/enrollment', '/esnada', '/']) {
      expect(addressMeant(own), own).toBeUndefined();
    }
  });

  it("has proxy.ts's matcher written from the routes", () => {
    expect(proxyConfig.matcher, 'proxy.ts is out of date: run npm run routes:proxy').toEqual(proxyMatcher());
  });

  it('runs proxy.ts on every alias, and never on a page', () => {
    for (const { from } of addressAliases()) {
      for (const url of [from, `${from}/x`, `${from}/x/share.png`]) {
        expect(proxyRunsOn({ config: proxyConfig, url }), url).toBe(true);
      }
    }
    for (const url of ['/_next/static/chunks/app.js', '/api/outbox']) {
      expect(proxyRunsOn({ config: proxyConfig, url }), url).toBe(false);
    }
    for (const [folder, paths] of Object.entries(localizedRoutes())) {
      for (const locale of LOCALES) {
        const address = locale === 'en' ? folder : `/${locale}${paths[locale] === '/' ? '' : paths[locale]}`;
        const page = address.replace(/\[\w+\]/g, 'x');
        expect(addressMeant(page), address).toBeUndefined();
        expect(proxyRunsOn({ config: proxyConfig, url: page }), page).toBe(false);
      }
    }
  });
});
