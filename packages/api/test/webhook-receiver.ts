import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  headers: http.IncomingHttpHeaders;
  body: string;
  json: { id: string; type: string; createdAt: string; data: Record<string, any> };
}

/**
 * A partner's webhook receiver on loopback: a real HTTP server that records
 * every POST and answers each as the test scripts it (a status, or holding
 * the request open), 200 when nothing is scripted.
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  /** How to answer the next requests, in order: a status, or 'hold' (never answered until released). */
  readonly script: (number | 'hold')[] = [];
  private readonly held: http.ServerResponse[] = [];
  private waiters: (() => void)[] = [];

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
    /** The answer to a request nothing scripted, by its path (the browser tests' receiver fails on some). */
    private readonly answerFor: (path: string) => number,
  ) {}

  static async start(
    options: { port?: number; answerFor?: (path: string) => number } = {},
  ): Promise<WebhookReceiver> {
    const server = http.createServer();
    server.listen(options.port ?? 0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const receiver = new WebhookReceiver(
      server,
      `http://127.0.0.1:${port}/hooks`,
      options.answerFor ?? (() => 200),
    );
    server.on('request', (request, response) => receiver.handle(request, response));
    return receiver;
  }

  private handle(request: http.IncomingMessage, response: http.ServerResponse): void {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      this.received.push({ headers: request.headers, body, json: JSON.parse(body) });
      const answer = this.script.shift() ?? this.answerFor(request.url ?? '/');
      if (answer === 'hold') this.held.push(response);
      else response.writeHead(answer, { 'content-type': 'text/plain' }).end(answer < 300 ? 'ok' : 'boom');
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  /** Resolves once `count` requests in all have come. */
  async until(count: number): Promise<ReceivedWebhook[]> {
    while (this.received.length < count) await new Promise<void>((resolve) => this.waiters.push(resolve));
    return this.received;
  }

  /** Answers the requests held open, with `status`. */
  release(status = 200): void {
    for (const response of this.held.splice(0)) response.writeHead(status).end();
  }

  stop(): Promise<void> {
    this.release(503);
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
