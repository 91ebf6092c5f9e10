import { randomUUID } from 'node:crypto';
import { Brackets, LessThan, LessThanOrEqual, type DataSource } from 'typeorm';
import type { Transporter } from 'nodemailer';
import { EmailStatus } from '@clientele/shared';
import { logger } from '../../app/logger';
import { OutboxEmail } from './outbox-email.entity';

export interface MailWorkerOptions {
  from: string;
  /** How long a claimed email is ours before another instance may retry it. */
  lockMs?: number;
  batchSize?: number;
  maxAttempts?: number;
  /** First retry delay; doubles with each attempt, up to an hour. */
  backoffMs?: number;
}

/**
 * Delivers the outbox over SMTP. Safe with several API instances: each email
 * is claimed by one conditional UPDATE, which only one instance can win, and
 * released when sent or failed. An instance that dies holding a claim loses it
 * when the lock expires, and the email is retried.
 */
export class MailWorker {
  readonly id = `worker-${randomUUID().slice(0, 8)}`;
  private readonly lockMs: number;
  private readonly batchSize: number;
  private readonly maxAttempts: number;
  private readonly backoffMs: number;
  private running: Promise<number> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: Transporter,
    private readonly options: MailWorkerOptions,
  ) {
    this.lockMs = options.lockMs ?? 60_000;
    this.batchSize = options.batchSize ?? 20;
    this.maxAttempts = options.maxAttempts ?? 8;
    this.backoffMs = options.backoffMs ?? 30_000;
  }

  /** Delivers what is due; returns how many were sent. One pass at a time per worker. */
  runOnce(now = new Date()): Promise<number> {
    this.running ??= this.pass(now).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async pass(now: Date): Promise<number> {
    const repo = this.dataSource.getRepository(OutboxEmail);
    const due = await repo.find({
      where: [
        { status: EmailStatus.PENDING, nextAttemptAt: LessThanOrEqual(now) },
        { status: EmailStatus.SENDING, lockedUntil: LessThan(now) },
      ],
      order: { nextAttemptAt: 'ASC' },
      take: this.batchSize,
    });
    let sent = 0;
    for (const email of due) {
      if (!(await this.claim(email.id, now))) continue;
      sent += (await this.deliver(email)) ? 1 : 0;
    }
    return sent;
  }

  private async claim(id: string, now: Date): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(OutboxEmail)
      .set({
        status: EmailStatus.SENDING,
        lockedBy: this.id,
        lockedUntil: new Date(now.getTime() + this.lockMs),
      })
      .where('id = :id', { id })
      .andWhere(
        new Brackets((qb) => {
          qb.where('status = :pending', { pending: EmailStatus.PENDING }).orWhere(
            'status = :sending AND locked_until < :now',
            { sending: EmailStatus.SENDING, now },
          );
        }),
      )
      .execute();
    return Boolean(result.affected);
  }

  private async deliver(email: OutboxEmail): Promise<boolean> {
    const repo = this.dataSource.getRepository(OutboxEmail);
    try {
      await this.transport.sendMail({
        from: this.options.from,
        to: email.toName ? { name: email.toName, address: email.to } : email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        headers: { 'X-Clientele-Email-Id': email.id },
      });
      await repo.update(
        { id: email.id, lockedBy: this.id },
        {
          status: EmailStatus.SENT,
          sentAt: new Date(),
          attempts: email.attempts + 1,
          lockedBy: null,
          lockedUntil: null,
          lastError: null,
        },
      );
      logger.info({ emailId: email.id, template: email.template }, 'email sent');
      return true;
    } catch (error) {
      const attempts = email.attempts + 1;
      const delay = Math.min(this.backoffMs * 2 ** (attempts - 1), 3_600_000);
      const gaveUp = attempts >= this.maxAttempts;
      await repo.update(
        { id: email.id, lockedBy: this.id },
        {
          status: gaveUp ? EmailStatus.FAILED : EmailStatus.PENDING,
          attempts,
          nextAttemptAt: new Date(Date.now() + delay),
          lockedBy: null,
          lockedUntil: null,
          lastError: String((error as Error).message ?? error).slice(0, 500),
        },
      );
      logger.warn({ emailId: email.id, attempts, gaveUp, err: error }, 'email delivery failed');
      return false;
    }
  }

  /** Polls every `intervalMs` until the returned function is called. */
  start(intervalMs = 5_000): () => void {
    const tick = () => {
      this.runOnce().catch((error: unknown) => logger.error({ err: error }, 'mail worker pass failed'));
    };
    const timer = setInterval(tick, intervalMs);
    timer.unref();
    tick();
    return () => clearInterval(timer);
  }
}
