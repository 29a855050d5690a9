import type { CallUrgency, ReceivedRequest } from '@/lib/routes';

/** The words that ask for a call, under `received` in the message files. */
export type CallWords =
  'callFirstDetained' | 'callFirst' | 'callIfUrgent' | 'padilla.callNow' | 'padilla.callFirst' | 'padilla.callIfUrgent';

/**
 * How the confirmation asks for a call: before everything else when the
 * request is urgent, in the words for its reason. A defense lawyer whose
 * plea is today or tomorrow is told to call now, and is not shown how many
 * days the firm takes to answer a request: that answer would come too late.
 */
export function confirmationCall({
  request,
  call,
  detained,
}: {
  request: ReceivedRequest;
  call: CallUrgency | undefined;
  /** The receipt says someone is detained. */
  detained: boolean;
}): { first: boolean; words: CallWords; replyTime: boolean } {
  const first = call !== undefined || detained;
  if (detained) return { first, words: 'callFirstDetained', replyTime: true };
  if (request === 'padilla') {
    if (call === 'now') return { first, words: 'padilla.callNow', replyTime: false };
    return { first, words: first ? 'padilla.callFirst' : 'padilla.callIfUrgent', replyTime: true };
  }
  return { first, words: first ? 'callFirst' : 'callIfUrgent', replyTime: true };
}
