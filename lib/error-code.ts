/**
 * The code of an error (`ENOENT`, `SMTP 550`), for logs and decisions.
 * Only the code, never the message: a message may quote a request.
 */
export function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const { responseCode, code } = error as { responseCode?: unknown; code?: unknown };
    if (typeof responseCode === 'number') return `SMTP ${responseCode}`;
    if (typeof code === 'string') return code;
  }
  return 'unknown error';
}

export function hasErrorCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}
