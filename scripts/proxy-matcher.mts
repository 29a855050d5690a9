/**
 * `npm run routes:proxy`: writes proxy.ts's matcher, the addresses that are
 * aliases (lib/i18n/address-rules.ts, from lib/routes.ts), between its two
 * marker lines. Run it after a route is added or renamed; the routes test
 * says so when it was forgotten.
 */
import fs from 'node:fs';
import { proxyMatcher } from '../lib/i18n/address-rules.ts';

const FILE = 'proxy.ts';
const START = '  // matcher:start (npm run routes:proxy writes these lines)';
const END = '  // matcher:end';

const source = fs.readFileSync(FILE, 'utf8');
const from = source.indexOf(START);
const to = source.indexOf(END);
if (from === -1 || to === -1) throw new Error(`${FILE} has lost its marker lines: restore "${START}" and "${END}"`);
const lines = ['  matcher: [', ...proxyMatcher().map((path) => `    '${path}',`), '  ],'];
fs.writeFileSync(FILE, `${source.slice(0, from + START.length)}\n${lines.join('\n')}\n${source.slice(to)}`);
console.log(`${FILE}: ${proxyMatcher().length} aliases in the matcher`);
