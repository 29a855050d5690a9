import { describe, expect, it } from 'vitest';
import {
  articleIndexPath,
  articlePath,
  consultationReceivedPath,
  feedPath,
  firmPagePath,
  homePath,
  localizedRoutes,
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

  it('addresses share images by the app folders, under the locale, since the language routing leaves them alone', () => {
    expect(shareImagePath(homePath)).toBe('/en/opengraph-image');
    expect(shareImagePath((locale) => articlePath('x', locale), 'es')).toBe('/es/articles/x/opengraph-image');
  });

  it('gives the language routing each folder of app/[locale] with its address in each language', () => {
    const routes = localizedRoutes();
    expect(routes['/articles/[slug]']).toEqual({ en: '/articles/[slug]', es: '/articulos/[slug]' });
    expect(routes['/articles/page/[number]']).toEqual({
      en: '/articles/page/[number]',
      es: '/articulos/pagina/[number]',
    });
    expect(routes['/contact/received']).toEqual({ en: '/contact/received', es: '/contacto/recibido' });
    expect(routes['/']).toEqual({ en: '/', es: '/' });
  });

  it('maps each public address to its prerendered file for nginx, longer Spanish prefixes first', () => {
    const map = prerenderedFileMap().split('\n');
    expect(map).toContain('  default /en$uri;');
    expect(map).toContain('  ~^/es/articulos(?<rest>/.*)?$ /es/articles$rest;');
    const page = map.indexOf('  ~^/es/articulos/pagina(?<rest>/.*)?$ /es/articles/page$rest;');
    expect(page).toBeGreaterThan(-1);
    expect(page).toBeLessThan(map.indexOf('  ~^/es/articulos(?<rest>/.*)?$ /es/articles$rest;'));
    expect(map.at(-2)).toBe('  ~^/es(?<rest>/.*)?$ /es$rest;');
  });
});
