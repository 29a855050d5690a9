import { seal, unseal } from '@/lib/sealed';
import { z } from '@/lib/zod';

/**
 * Who is signed in to the editor, kept in a cookie the browser cannot read
 * or forge: encrypted and authenticated (AES-256-GCM) with a key made from
 * EDITOR_SESSION_SECRET. It holds the person's GitHub token, so it lives for
 * one working day and only under /editor.
 */
export const SESSION_COOKIE = 'editor_session';
export const SESSION_HOURS = 8;

const sessionSchema = z.object({ token: z.string().min(1), login: z.string().min(1), expires: z.number() });
export type EditorSession = z.infer<typeof sessionSchema>;

const PURPOSE = 'editor-session';

export function sealSession(session: EditorSession, secret: string): string {
  return seal(JSON.stringify(session), secret, PURPOSE);
}

/** The session in the cookie, or undefined when it is missing, tampered with, sealed with another secret or expired. */
export function openSession(cookie: string | undefined, secret: string, now: number): EditorSession | undefined {
  const plain = unseal(cookie, secret, PURPOSE);
  if (plain === undefined) return undefined;
  const session = sessionSchema.safeParse(JSON.parse(plain));
  return session.success && session.data.expires > now ? session.data : undefined;
}
