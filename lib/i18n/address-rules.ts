import { DEFAULT_LOCALE, LOCALES, explicitLocalePath, localizedPath, localizedRoutes } from '@/lib/routes';

/**
 * Addresses that are no page's address but clearly mean one, generated from
 * lib/routes.ts: a needless `/en`, a language written in capitals (`/ES`),
 * the app's English folder names under `/es` (`/es/articles/…`), and a
 * Spanish page's words without `/es` (`/contacto`). proxy.ts answers them
 * with a permanent redirect: each alias always means the same page, because
 * it is derived from that page's own address.
 *
 * An alias is a leading run of whole segments; what follows it is kept, so
 * `/es/articles/x` means `/es/articulos/x`.
 */
export type AddressAlias = { from: string; to: string };

/** Where a route's address stops being fixed: `/articles/[slug]` → `/articles`. */
function fixedPart(path: string): string {
  return path.replace(/\/\[[^\]]+\].*$/, '');
}

/** Every alias, the longest first, so `/es/contact/received` is tried before `/es/contact`. */
export function addressAliases(): AddressAlias[] {
  const aliases = new Map<string, string>([[explicitLocalePath('/', DEFAULT_LOCALE), localizedPath('/')]]);
  const routes = Object.entries(localizedRoutes()).filter(([folder]) => folder !== '/');
  const englishAddresses = new Set(routes.map(([folder]) => fixedPart(folder)));
  for (const locale of LOCALES.filter((candidate) => candidate !== DEFAULT_LOCALE)) {
    aliases.set(explicitLocalePath('/', locale).toUpperCase(), localizedPath('/', locale));
    for (const [folder, paths] of routes) {
      const english = fixedPart(folder);
      const own = fixedPart(paths[locale]);
      if (english === own) continue;
      aliases.set(explicitLocalePath(english, locale), localizedPath(own, locale));
      if (!englishAddresses.has(own)) aliases.set(own, localizedPath(own, locale));
    }
  }
  return [...aliases]
    .map(([from, to]) => ({ from, to }))
    .sort((a, b) => b.from.length - a.from.length || a.from.localeCompare(b.from));
}

const ALIASES = addressAliases();

/** The public address `pathname` means, or undefined when it is an address of its own. */
export function addressMeant(pathname: string): string | undefined {
  let address = pathname;
  // `/ES/articles/x` is an alias of an alias; one redirect takes the reader all the way.
  for (let step = 0; step < 3; step += 1) {
    const alias = ALIASES.find(({ from }) => address === from || address.startsWith(`${from}/`));
    if (!alias) break;
    const rest = address.slice(alias.from.length);
    address = rest === '' ? alias.to : alias.to === '/' ? rest : `${alias.to}${rest}`;
  }
  return address === pathname ? undefined : address;
}

/**
 * proxy.ts's matcher: each alias and what follows it, and nothing else, so
 * a request for a page (prerendered, served straight from its folder) never
 * runs the proxy. Next.js reads the matcher as a literal in proxy.ts;
 * `npm run routes:proxy` writes it there from this list, and the routes
 * test fails, naming that command, when the two differ.
 */
export function proxyMatcher(): string[] {
  return addressAliases()
    .map(({ from }) => `${from}/:path*`)
    .sort();
}
