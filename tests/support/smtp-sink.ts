import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

export type ReceivedMail = { raw: Buffer; from: string; to: string[] };

export type SmtpSink = {
  port: number;
  received: ReceivedMail[];
  /** Answer the next DATA commands with this SMTP code (e.g. 550), or undefined to accept. */
  rejectWith: number | undefined;
  /** While true, each message is kept waiting at its recipient (mid-send) until `release()`. */
  holding: boolean;
  /** How many messages are kept waiting now. */
  held: () => number;
  /** Answers every waiting message and stops holding. A message whose sender went away meanwhile is never received. */
  release: () => void;
  close: () => Promise<void>;
};

/** A real SMTP server on 127.0.0.1 that keeps what it receives in memory. */
export async function startSmtpSink(port = 0, onMail?: (mail: ReceivedMail) => void): Promise<SmtpSink> {
  const waiting = new Set<() => void>();
  const sink: SmtpSink = {
    port: 0,
    received: [],
    rejectWith: undefined,
    holding: false,
    held: () => waiting.size,
    release: () => {
      sink.holding = false;
      for (const answer of waiting) answer();
      waiting.clear();
    },
    close: async () => {},
  };
  const options: SMTPServerOptions = {
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (!sink.holding) return callback();
      waiting.add(() => callback());
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (sink.rejectWith) {
          const error = Object.assign(new Error('Rejected by the test server'), { responseCode: sink.rejectWith });
          callback(error);
          return;
        }
        const mail: ReceivedMail = {
          raw: Buffer.concat(chunks),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
        };
        sink.received.push(mail);
        onMail?.(mail);
        callback();
      });
    },
  };
  const server = new SMTPServer(options);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  sink.port = typeof address === 'object' && address ? address.port : port;
  sink.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return sink;
}
