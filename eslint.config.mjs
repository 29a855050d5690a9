import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { defineConfig, globalIgnores } from 'eslint/config';

// lib/zod.ts configures zod for the Content-Security-Policy before any schema exists.
const ZOD_PATHS = [
  { name: 'zod', message: "Import { z } from '@/lib/zod', which sets zod up for the site's CSP." },
  { name: 'zod/mini', message: "Import { z } from '@/lib/zod-mini', which sets zod up for the site's CSP." },
];

/**
 * The layers of docs/architecture.md, each importing only from those below
 * it: what a folder may not import. (A later block for the same files
 * replaces the rule's options, so each repeats the zod paths.)
 */
const LAYERS = [
  {
    files: ['lib/**'],
    ignores: ['lib/content-check/**', 'lib/launch/**', 'lib/editor/**'],
    above: ['@/components/*', '@/app/*', '@/lib/content-check/*'],
  },
  // The editor saves files and shows what the content check says of them.
  { files: ['lib/editor/**'], above: ['@/components/*', '@/app/*'] },
  {
    files: ['lib/content/**'],
    above: ['@/components/*', '@/app/*', '@/lib/content-check/*', '@/lib/relief-check/*', '@/lib/consultation/*'],
  },
  {
    files: ['lib/relief-check/**'],
    above: ['@/components/*', '@/app/*', '@/lib/content-check/*', '@/lib/consultation/*'],
  },
  { files: ['components/**'], above: ['@/app/*', '@/lib/content-check/*'] },
].map(({ files, ignores = [], above }) => ({
  files,
  ignores,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: ZOD_PATHS,
        patterns: [{ group: above, message: 'A lower layer does not import a higher one (docs/architecture.md).' }],
      },
    ],
  },
}));

/**
 * Next.js's own rules (Core Web Vitals, React, hooks, TypeScript) and the
 * full recommended accessibility set, as errors: `npm test` and CI run this.
 */
export default defineConfig([
  ...nextVitals,
  ...nextTypeScript,
  {
    files: ['**/*.{jsx,tsx}'],
    rules: jsxA11y.flatConfigs.recommended.rules,
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      // `const { consent, ...answers } = request` is how a field is left out.
      '@typescript-eslint/no-unused-vars': ['warn', { ignoreRestSiblings: true }],
      'no-restricted-imports': ['error', { paths: ZOD_PATHS }],
    },
  },
  ...LAYERS,
  {
    files: ['lib/zod.ts', 'lib/zod-mini.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  globalIgnores([
    '**/.next/**',
    'node_modules/**',
    'test-results/**',
    'bench/**',
    'next-env.d.ts',
    'tests/fixtures/**',
  ]),
]);
