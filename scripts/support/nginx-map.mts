import { homePath } from '../../lib/routes.ts';

/**
 * nginx `map` from a public address to the prerendered file that holds it
 * (without `.html`), for the deployment recipe (docs/deployment.md) and the
 * benchmark. Every page's route is its public address (app/(en)/…,
 * app/(es)/es/articulos/…), so Next.js writes each page under its own address;
 * only the home page is a file named index.
 */
export function prerenderedFileMap(variable = '$prerendered'): string {
  return [`map $uri ${variable} {`, '  default $uri;', `  ${homePath()} /index;`, '}'].join('\n');
}
