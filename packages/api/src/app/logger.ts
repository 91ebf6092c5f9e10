import { Writable } from 'node:stream';
import pino from 'pino';
import { currentScope } from './request-context';

/** Where log lines go: stdout, unless a test listens in (see `redirectLogs`). */
let destination: NodeJS.WritableStream = process.stdout;
const forward = new Writable({
  write(chunk, _encoding, done) {
    destination.write(chunk, done);
  },
});

/**
 * Structured JSON logs on stdout. The mixin stamps the request id on every line
 * written while serving a request, wherever in the code it is written from.
 */
export const logger = pino(
  {
    level: process.env.LOG_LEVEL?.trim() || 'info',
    base: { service: 'clientele-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin() {
      const scope = currentScope();
      return scope ? { requestId: scope.requestId } : {};
    },
  },
  forward,
);

export type Logger = typeof logger;

/** Sends log lines to `stream` until the returned function is called. */
export function redirectLogs(stream: NodeJS.WritableStream): () => void {
  const previous = destination;
  destination = stream;
  return () => {
    destination = previous;
  };
}
