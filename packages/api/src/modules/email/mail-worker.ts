import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { DataSource } from 'typeorm';
import nodemailer, { type Transporter } from 'nodemailer';
import { EmailStatus } from '@clientele/shared';
import { systemClock, type Clock } from '../../app/clock';
import { backoff, LeasedOutbox } from '../../app/leased-outbox';
import { logger } from '../../app/logger';
import { OutboxEmail } from './outbox-email.entity';

/** How long a claimed email is ours before another instance may take it over. */
export const CLAIM_LEASE_MS = 120_000;

/**
 * How long the SMTP transport waits to connect, for the greeting, and on a
 * silent socket. Nodemailer's defaults (2 min, 30 s, 10 min) outlast any
 * claim: a stalled server would let a second instance send the same email.
 * Together these stay well under the lease, which is also renewed while a
 * send is under way.
 */
export const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/** The SMTP transport the worker sends with (`smtp://user:pass@host:587`), under those timeouts. */
export function smtpTransport(url: string, timeouts: Partial<typeof SMTP_TIMEOUTS> = {}): Transporter {
  return nodemailer.createTransport({ url, ...SMTP_TIMEOUTS, ...timeouts });
}

export interface MailWorkerOptions {
  from: string;
  /** How long a claimed email is ours before another instance may retry it; renewed while sending. */
  lockMs?: number;
  batchSize?: number;
  maxAttempts?: number;
  /** First retry delay; doubles with each attempt, up to an hour. */
  backoffMs?: number;
  /** How often a claim is renewed while its send is under way (real time); a third of the lease by default. */
  renewEveryMs?: number;
  /**
   * What time it is for leases, retries and `sentAt`: the system clock, or a
   * test's, which moves past a lease or a back-off without waiting for it.
   */
  clock?: Clock;
}

/** What a worker tells whoever listens (tests wait on these rather than on time). */
export interface MailWorkerEvents {
  /** The claim on an email was renewed, until `lockedUntil`, while its send was under way. */
  renewed: [emailId: string, lockedUntil: Date];
}

/**
 * Delivers the outbox over SMTP. Safe with several API instances: each email
 * is claimed by one instance at a time (a LeasedOutbox). The claim is renewed
 * while the send is under way, the transport gives up on a stalled server
 * well before the lease ends, and a worker that lost its claim writes nothing
 * and says so. An instance that dies holding a claim loses it when the lease
 * expires, and the email is retried.
 */
export class MailWorker extends EventEmitter<MailWorkerEvents> {
  readonly id = `worker-${randomUUID().slice(0, 8)}`;
  private readonly lockMs: number;
  private readonly batchSize: number;
  private readonly maxAttempts: number;
  private readonly backoffMs: number;
  private readonly renewEveryMs: number;
  private readonly clock: Clock;
  private readonly outbox: LeasedOutbox<OutboxEmail>;
  private running: Promise<number> | null = null;

  constructor(
    dataSource: DataSource,
    private readonly transport: Transporter,
    private readonly options: MailWorkerOptions,
  ) {
    super();
    this.lockMs = options.lockMs ?? CLAIM_LEASE_MS;
    this.batchSize = options.batchSize ?? 20;
    this.maxAttempts = options.maxAttempts ?? 8;
    this.backoffMs = options.backoffMs ?? 30_000;
    this.renewEveryMs = options.renewEveryMs ?? Math.max(Math.floor(this.lockMs / 3), 10);
    this.clock = options.clock ?? systemClock;
    this.outbox = new LeasedOutbox(dataSource, OutboxEmail, {
      pending: EmailStatus.PENDING,
      sending: EmailStatus.SENDING,
    });
  }

  /** Delivers what is due; returns how many were sent. One pass at a time per worker. */
  runOnce(now = this.clock.now()): Promise<number> {
    this.running ??= this.pass(now).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async pass(now: Date): Promise<number> {
    let sent = 0;
    for (const email of await this.outbox.due(now, this.batchSize)) {
      // The lease runs from the claim, not from the start of the pass: earlier sends took their time.
      const claim = await this.outbox.claim(email.id, this.id, this.clock.now(), this.lockMs);
      if (!claim) continue;
      sent += (await this.deliver(email, claim)) ? 1 : 0;
    }
    return sent;
  }

  private async deliver(email: OutboxEmail, claim: string): Promise<boolean> {
    // Renewed every third of the lease while the server takes its time, so no one else takes it over.
    let renewing = Promise.resolve();
    const renew = () => {
      renewing = renewing.then(async () => {
        const lockedUntil = new Date(this.clock.now().getTime() + this.lockMs);
        const held = await this.outbox
          .whileClaimed(email.id, claim, { lockedUntil })
          .catch((error: unknown) => {
            logger.warn({ emailId: email.id, err: error }, 'could not renew the claim on an email');
            return null;
          });
        if (held === false)
          logger.warn({ emailId: email.id, claim }, 'lost the claim on an email while sending it');
        else if (held) this.emit('renewed', email.id, lockedUntil);
      });
    };
    const timer = setInterval(renew, this.renewEveryMs);
    let failure: unknown = null;
    try {
      await this.transport.sendMail({
        from: this.options.from,
        to: email.toName ? { name: email.toName, address: email.to } : email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        headers: { 'X-Clientele-Email-Id': email.id },
      });
    } catch (error) {
      failure = error;
    } finally {
      clearInterval(timer);
      await renewing;
    }
    if (!failure) {
      const recorded = await this.outbox.whileClaimed(email.id, claim, {
        status: EmailStatus.SENT,
        sentAt: this.clock.now(),
        attempts: email.attempts + 1,
        lockedBy: null,
        lockedUntil: null,
        lastError: null,
      });
      if (recorded) logger.info({ emailId: email.id, template: email.template }, 'email sent');
      else
        logger.warn(
          { emailId: email.id, template: email.template, claim },
          'email sent after its claim was lost; left to the worker that holds it now',
        );
      return true;
    }
    const attempts = email.attempts + 1;
    const delay = backoff(attempts, this.backoffMs, 3_600_000);
    const gaveUp = attempts >= this.maxAttempts;
    const recorded = await this.outbox.whileClaimed(email.id, claim, {
      status: gaveUp ? EmailStatus.FAILED : EmailStatus.PENDING,
      attempts,
      nextAttemptAt: new Date(this.clock.now().getTime() + delay),
      lockedBy: null,
      lockedUntil: null,
      lastError: String((failure as Error).message ?? failure).slice(0, 500),
    });
    logger.warn(
      { emailId: email.id, attempts, gaveUp, claimHeld: recorded, err: failure },
      'email delivery failed',
    );
    return false;
  }

  /** Polls every `intervalMs` (MAIL_POLL_INTERVAL_MS, 5 s by default) until the returned function is called. */
  start(intervalMs: number): () => void {
    const tick = () => {
      this.runOnce().catch((error: unknown) => logger.error({ err: error }, 'mail worker pass failed'));
    };
    const timer = setInterval(tick, intervalMs);
    timer.unref();
    tick();
    return () => clearInterval(timer);
  }
}
