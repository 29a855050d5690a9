import { DEFAULT_LOCALE, LOCALES, localizedRoutes } from '../../lib/routes.ts';

/**
 * nginx `map` from a public address to the prerendered file that holds it
 * (without `.html`), for the deployment recipe (docs/deployment.md) and the
 * benchmark. Next.js writes pages under the app's folders: English pages
 * under `en/`, Spanish ones under `es/` with the folders' English names
 * (/es/articulos/x is es/articles/x.html).
 */
export function prerenderedFileMap(variable = '$prerendered'): string {
  const lines: string[] = [];
  for (const locale of LOCALES) {
    if (locale === DEFAULT_LOCALE) continue;
    const prefixes = new Map<string, string>();
    for (const [folderPath, paths] of Object.entries(localizedRoutes())) {
      const [publicPrefix = '', folderPrefix = ''] = [paths[locale], folderPath].map((path) => path.split('/[')[0]);
      if (publicPrefix !== folderPrefix) prefixes.set(publicPrefix, folderPrefix);
    }
    // nginx takes the first regex that matches: longer addresses first.
    for (const [publicPrefix, folderPrefix] of [...prefixes].sort(([a], [b]) => b.length - a.length)) {
      lines.push(`  ~^/${locale}${publicPrefix}(?<rest>/.*)?$ /${locale}${folderPrefix}$rest;`);
    }
    lines.push(`  ~^/${locale}(?<rest>/.*)?$ /${locale}$rest;`);
  }
  return [`map $uri ${variable} {`, `  default /${DEFAULT_LOCALE}$uri;`, `  / /${DEFAULT_LOCALE};`, ...lines, '}'].join(
    '\n',
  );
}
