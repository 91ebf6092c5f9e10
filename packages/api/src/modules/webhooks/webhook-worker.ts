import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { WebhookDeliveryStatus } from '@clientele/shared';
import { systemClock, type Clock } from '../../app/clock';
import { backoff, LeasedOutbox } from '../../app/leased-outbox';
import { logger } from '../../app/logger';
import { guardedLookup, InsideAddressError, isInsideAddress } from './webhook-address';
import { WebhookAttempt, WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { signatureHeader } from './webhook-signature';

/** How long an endpoint has to answer: GitHub allows 10 seconds, and so do we. */
export const WEBHOOK_TIMEOUT_MS = 10_000;
/** How long a claimed delivery is ours: well past the timeout, so it never needs renewing. */
export const WEBHOOK_LEASE_MS = 60_000;
/** The first retry waits this long, then twice as long each time, up to 6 hours. */
export const WEBHOOK_BACKOFF_MS = 30_000;
export const WEBHOOK_BACKOFF_MAX_MS = 6 * 3_600_000;
/** Ten attempts: about 20 hours of retries before a delivery is given up (and left to replay). */
export const WEBHOOK_MAX_ATTEMPTS = 10;

export interface WebhookWorkerOptions {
  lockMs?: number;
  batchSize?: number;
  maxAttempts?: number;
  backoffMs?: number;
  timeoutMs?: number;
  /** Whether endpoints on this machine or a private network may be reached (development, tests). */
  allowPrivateNetwork?: boolean;
  /** What time it is for leases, retries and signatures: a test's moves past a back-off without waiting. */
  clock?: Clock;
}

/** What a worker tells whoever listens (tests wait on these rather than on time). */
export interface WebhookWorkerEvents {
  attempted: [delivery: WebhookDelivery, attempt: WebhookAttempt];
}

interface Answer {
  statusCode: number | null;
  body: string | null;
  error: string | null;
}

/** POSTs `body`, reading at most the first 500 characters of the answer. */
function post(
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
  allowPrivateNetwork: boolean,
): Promise<Answer> {
  return new Promise((resolve) => {
    const target = new URL(url);
    // An address written as such is not looked up, so it is checked here.
    const host = target.hostname.replace(/^\[|\]$/g, '');
    if (!allowPrivateNetwork && net.isIP(host) && isInsideAddress(host)) {
      resolve({ statusCode: null, body: null, error: new InsideAddressError(host, host).message });
      return;
    }
    const send = target.protocol === 'https:' ? https.request : http.request;
    const request = send(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': Buffer.byteLength(body).toString() },
        lookup: guardedLookup(allowPrivateNetwork),
        timeout: timeoutMs,
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          text += chunk;
          if (text.length >= 500) response.destroy();
        });
        const done = () =>
          resolve({ statusCode: response.statusCode ?? null, body: text.slice(0, 500) || null, error: null });
        response.on('end', done);
        response.on('close', done);
      },
    );
    // The whole exchange, not only a silent socket: an endpoint trickling bytes is cut off too.
    const deadline = setTimeout(
      () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
    request.on('close', () => clearTimeout(deadline));
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', (error) =>
      resolve({ statusCode: null, body: null, error: error.message.slice(0, 500) }),
    );
    request.end(body);
  });
}

/**
 * Sends webhook deliveries: signed, each claimed by one instance at a time
 * (a LeasedOutbox), retried with back-off until a 2xx or the last attempt.
 * Delivery is at least once: an instance that dies mid-send loses its claim
 * when the lease ends and the delivery is sent again, with the same event id,
 * which receivers de-duplicate on. Every attempt is recorded.
 */
export class WebhookWorker extends EventEmitter<WebhookWorkerEvents> {
  readonly id = `webhooks-${randomUUID().slice(0, 8)}`;
  private readonly lockMs: number;
  private readonly batchSize: number;
  private readonly maxAttempts: number;
  private readonly backoffMs: number;
  private readonly timeoutMs: number;
  private readonly clock: Clock;
  private readonly outbox: LeasedOutbox<WebhookDelivery>;
  private running: Promise<number> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: WebhookWorkerOptions = {},
  ) {
    super();
    this.lockMs = options.lockMs ?? WEBHOOK_LEASE_MS;
    this.batchSize = options.batchSize ?? 20;
    this.maxAttempts = options.maxAttempts ?? WEBHOOK_MAX_ATTEMPTS;
    this.backoffMs = options.backoffMs ?? WEBHOOK_BACKOFF_MS;
    this.timeoutMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
    this.clock = options.clock ?? systemClock;
    this.outbox = new LeasedOutbox(dataSource, WebhookDelivery, {
      pending: WebhookDeliveryStatus.PENDING,
      sending: WebhookDeliveryStatus.SENDING,
    });
  }

  /** Sends what is due; returns how many were delivered. One pass at a time per worker. */
  runOnce(now = this.clock.now()): Promise<number> {
    this.running ??= this.pass(now).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /**
   * Endpoints are served side by side, each one's deliveries in turn: a slow
   * or silent endpoint holds up its own, never another partner's.
   */
  private async pass(now: Date): Promise<number> {
    const byEndpoint = new Map<string, WebhookDelivery[]>();
    for (const delivery of await this.outbox.due(now, this.batchSize)) {
      byEndpoint.set(delivery.endpointId, [...(byEndpoint.get(delivery.endpointId) ?? []), delivery]);
    }
    const sent = await Promise.all(
      [...byEndpoint.values()].map(async (deliveries) => {
        let delivered = 0;
        for (const delivery of deliveries) {
          // The lease runs from the claim: the sends before it took their time.
          const claim = await this.outbox.claim(delivery.id, this.id, this.clock.now(), this.lockMs);
          if (claim) delivered += (await this.send(delivery, claim)) ? 1 : 0;
        }
        return delivered;
      }),
    );
    return sent.reduce((sum, count) => sum + count, 0);
  }

  private async send(delivery: WebhookDelivery, claim: string): Promise<boolean> {
    const endpoint = await this.dataSource
      .getRepository(WebhookEndpoint)
      .findOneBy({ id: delivery.endpointId });
    const started = performance.now();
    let answer: Answer;
    if (!endpoint || endpoint.deletedAt || !endpoint.enabled) {
      answer = { statusCode: null, body: null, error: 'the endpoint was deleted or turned off' };
    } else {
      const timestamp = Math.floor(this.clock.now().getTime() / 1000);
      answer = await post(
        endpoint.url,
        delivery.payload,
        {
          'content-type': 'application/json',
          'user-agent': 'Clientele-Webhooks/1',
          'clientele-event-id': delivery.eventId,
          'clientele-event-type': delivery.eventType,
          'clientele-delivery-id': delivery.id,
          'clientele-signature': signatureHeader(endpoint.secret, timestamp, delivery.payload),
        },
        this.timeoutMs,
        this.options.allowPrivateNetwork ?? false,
      );
    }
    const now = this.clock.now();
    const ok = answer.statusCode !== null && answer.statusCode >= 200 && answer.statusCode < 300;
    const attempt = Object.assign(new WebhookAttempt(), {
      id: randomUUID(),
      deliveryId: delivery.id,
      at: now,
      statusCode: answer.statusCode,
      error: ok ? null : (answer.error ?? `HTTP ${answer.statusCode}`),
      responseBody: answer.body,
      durationMs: Math.round(performance.now() - started),
    });
    await this.dataSource.getRepository(WebhookAttempt).insert(attempt);
    const attempts = delivery.attemptCount + 1;
    // An endpoint gone away is not retried: its owner replays once it is back.
    const gaveUp = !ok && (attempts >= this.maxAttempts || !endpoint?.enabled || Boolean(endpoint.deletedAt));
    const recorded = await this.outbox.whileClaimed(delivery.id, claim, {
      status: ok
        ? WebhookDeliveryStatus.DELIVERED
        : gaveUp
          ? WebhookDeliveryStatus.FAILED
          : WebhookDeliveryStatus.PENDING,
      attemptCount: attempts,
      nextAttemptAt:
        ok || gaveUp
          ? delivery.nextAttemptAt
          : new Date(now.getTime() + backoff(attempts, this.backoffMs, WEBHOOK_BACKOFF_MAX_MS)),
      deliveredAt: ok ? now : null,
      lastStatusCode: answer.statusCode,
      lastError: attempt.error,
      lockedBy: null,
      lockedUntil: null,
    });
    const fields = {
      deliveryId: delivery.id,
      eventId: delivery.eventId,
      statusCode: answer.statusCode,
      attempts,
    };
    if (!recorded) logger.warn({ ...fields, claim }, 'webhook sent after its claim was lost');
    else if (ok) logger.info(fields, 'webhook delivered');
    else logger.warn({ ...fields, gaveUp, error: attempt.error }, 'webhook delivery failed');
    this.emit('attempted', { ...delivery, attemptCount: attempts }, attempt);
    return ok;
  }

  /** Polls every `intervalMs` (WEBHOOK_POLL_INTERVAL_MS, 5 s by default) until the returned function is called. */
  start(intervalMs: number): () => void {
    const tick = () => {
      this.runOnce().catch((error: unknown) => logger.error({ err: error }, 'webhook worker pass failed'));
    };
    const timer = setInterval(tick, intervalMs);
    timer.unref();
    tick();
    return () => clearInterval(timer);
  }
}
