/** `npm run nginx-map`: prints the nginx map docs/deployment.md asks for, from lib/routes.ts. */
import { prerenderedFileMap } from './support/nginx-map.mts';

console.log(prerenderedFileMap());
