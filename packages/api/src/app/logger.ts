import pino from 'pino';
import { currentScope } from './request-context';

/**
 * Structured JSON logs on stdout. The mixin stamps the request id on every line
 * written while serving a request, wherever in the code it is written from.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL?.trim() || 'info',
  base: { service: 'clientele-api' },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  mixin() {
    const scope = currentScope();
    return scope ? { requestId: scope.requestId } : {};
  },
});

export type Logger = typeof logger;
