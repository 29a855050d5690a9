import { z } from 'zod';

/**
 * Every environment variable the site reads, parsed once. A bad value stops
 * start-up with a message naming the variable. README.md and .env.example
 * list the same variables.
 */
const envSchema = z.object({
  SITE_URL: z
    .url({ error: 'SITE_URL must be a full URL such as https://www.example.com' })
    .default('http://localhost:3000')
    .transform((url) => url.replace(/\/+$/, '')),
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join('\n')}\nFix these variables (see .env.example) and start again.`);
  }
  return result.data;
}

export const env = parseEnv(process.env);
