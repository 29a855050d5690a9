import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { defineConfig, globalIgnores } from 'eslint/config';

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
      // lib/zod.ts configures zod for the Content-Security-Policy before any schema exists.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: "Import { z } from '@/lib/zod', which sets zod up for the site's CSP." },
            { name: 'zod/mini', message: "Import { z } from '@/lib/zod-mini', which sets zod up for the site's CSP." },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/zod.ts', 'lib/zod-mini.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  globalIgnores(['.next/**', 'node_modules/**', 'test-results/**', 'bench/**', 'next-env.d.ts', 'tests/fixtures/**']),
]);
