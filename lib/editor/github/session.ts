import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
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

function keyOf(secret: string): Buffer {
  return createHash('sha256').update(`editor-session:${secret}`).digest();
}

export function sealSession(session: EditorSession, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret), iv);
  const sealed = Buffer.concat([cipher.update(JSON.stringify(session), 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url')).join('.');
}

/** The session in the cookie, or undefined when it is missing, tampered with, sealed with another secret or expired. */
export function openSession(cookie: string | undefined, secret: string, now: number): EditorSession | undefined {
  const [iv, tag, sealed] = (cookie ?? '').split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !sealed || iv.length !== 12 || tag.length !== 16) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), iv);
    decipher.setAuthTag(tag);
    const json = Buffer.concat([decipher.update(sealed), decipher.final()]).toString('utf8');
    const session = sessionSchema.safeParse(JSON.parse(json));
    return session.success && session.data.expires > now ? session.data : undefined;
  } catch {
    return undefined;
  }
}
