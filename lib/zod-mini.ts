import { config } from 'zod/mini';

// The same setting as lib/zod.ts (see there), for schemas that run in the
// browser: zod's "mini" build offers the same checks as functions, and only
// the functions a schema uses reach the browser. Import it as a namespace
// (`import * as z from '@/lib/zod-mini'`); re-exporting a namespace object
// instead would keep all of zod, error messages in forty languages included.
config({ jitless: true });

export * from 'zod/mini';
