import type { AddressInfo } from 'node:net';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { EmailStatus, EmailTemplate } from '@clientele/shared';
import { TestClock } from '../../../test/clock';
import { describeEachDialect } from '../../../test/db';
import { createClient } from '../../../test/factories';
import { TestClient } from '../../../test/graphql';
import { TestMailbox } from '../../../test/smtp';
import { SYSTEM_ACTOR } from '../../app/actor';
import { inTransaction } from '../../app/transaction';
import { Activity } from '../activity/activity.entity';
import { passwordReset } from './email-templates';
import { CLAIM_LEASE_MS, MailWorker, SMTP_TIMEOUTS, smtpTransport } from './mail-worker';
import { OutboxEmail } from './outbox-email.entity';
import { queueEmail } from './outbox.service';

const caller = { actor: SYSTEM_ACTOR, requestId: 'req-mail' };

/** An SMTP server on loopback whose answer to each message the test decides: at once, when told, or never. */
class ScriptedSmtp {
  /** The recipients of each message accepted, in order. */
  readonly accepted: string[] = [];
  /** Called once a message has been read; the server answers when `accept` is called, if ever. */
  answer: (accept: () => void) => void = (accept) => accept();

  /**
   * Holds the next message it reads until `release` is called (later ones are
   * answered at once); `read` resolves when it has that message: its email is
   * claimed then, and its send under way. Released before it is read, it is
   * answered at once.
   */
  holdNext(): { read: Promise<void>; release: () => void } {
    let accept: (() => void) | null = null;
    let released = false;
    const read = new Promise<void>((resolve) => {
      this.answer = (answer) => {
        this.answer = (next) => next();
        if (released) answer();
        else accept = answer;
        resolve();
      };
    });
    return {
      read,
      release: () => {
        released = true;
        accept?.();
      },
    };
  }

  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 200,
    onData: (stream, session, callback) => {
      stream.resume();
      stream.on('end', () =>
        this.answer(() => {
          this.accepted.push(session.envelope.rcptTo.map((r) => r.address).join(','));
          callback();
        }),
      );
    },
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe('the SMTP transport', () => {
  it('gives up on a silent server well within the claim on an email', () => {
    const { connectionTimeout, greetingTimeout, socketTimeout } = SMTP_TIMEOUTS;
    expect(connectionTimeout + greetingTimeout + socketTimeout).toBeLessThanOrEqual(CLAIM_LEASE_MS / 2);
    const transport = smtpTransport('smtp://postman:s%40cret@mail.example:587');
    expect((transport.transporter as unknown as { options: object }).options).toMatchObject({
      host: 'mail.example',
      port: 587,
      auth: { user: 'postman', pass: 's@cret' },
      ...SMTP_TIMEOUTS,
    });
  });
});

describeEachDialect('the outbox and its mail worker', (db) => {
  let api: TestClient;
  let mailbox: TestMailbox;
  let smtpUrl: string;
  let scripted: ScriptedSmtp;
  let scriptedUrl: string;

  beforeAll(async () => {
    api = await TestClient.create(db().dataSource);
    mailbox = new TestMailbox();
    smtpUrl = await mailbox.start();
    scripted = new ScriptedSmtp();
    scriptedUrl = await scripted.start();
  });
  afterAll(async () => {
    await api.stop();
    await mailbox.stop();
    await scripted.stop();
  });
  beforeEach(async () => {
    await db().dataSource.createQueryBuilder().delete().from(OutboxEmail).execute();
    mailbox.messages.length = 0;
    scripted.accepted.length = 0;
    scripted.answer = (accept) => accept();
  });

  /** Queues an email, due at once: `at` is now unless a test's clock says otherwise. */
  const queue = (clientId: string | null, to: string, locale: 'fr' | 'en' = 'fr', at = new Date()) =>
    inTransaction(db().dataSource, (manager) =>
      queueEmail(
        manager,
        caller,
        {
          to,
          toName: 'Mireille Couture',
          locale,
          template: EmailTemplate.PASSWORD_RESET,
          rendered: passwordReset(locale, {
            name: 'Mireille',
            link: 'http://localhost/reset?t=abc',
            expiresInMinutes: 30,
          }),
          clientId,
        },
        at,
      ),
    );
  const outboxRow = (to: string) => db().dataSource.getRepository(OutboxEmail).findOneByOrFail({ to });
  const worker = (options: Partial<ConstructorParameters<typeof MailWorker>[2]> = {}) =>
    new MailWorker(db().dataSource, nodemailer.createTransport(smtpUrl), {
      from: 'Clientele <no-reply@clientele.test>',
      ...options,
    });

  it('delivers queued mail over SMTP in the recipient’s language, once', async () => {
    const client = await createClient(api, { notificationsEnabled: true });
    await queue(client.id, 'mireille@hervedavid.test', 'fr');
    await queue(null, 'staff@clientele.test', 'en');
    expect(await worker().runOnce()).toBe(2);
    const [fr, en] = await mailbox.waitFor(2);
    expect(fr!.subject).toBe('Réinitialisation de votre mot de passe');
    expect(fr!.text).toContain('http://localhost/reset?t=abc');
    expect(fr!.html).toContain('Choisir un nouveau mot de passe');
    expect(en!.subject).toBe('Reset your password');
    expect(await worker().runOnce()).toBe(0);
    const rows = await db().dataSource.getRepository(OutboxEmail).find();
    expect(rows.map((r) => r.status)).toEqual([EmailStatus.SENT, EmailStatus.SENT]);
  });

  it('sends nothing to a client whose notifications are off, and records the withheld email', async () => {
    const client = await createClient(api);
    expect(await queue(client.id, 'nobody@hervedavid.test')).toEqual({
      queued: false,
      reason: 'NOTIFICATIONS_OFF',
    });
    expect(await db().dataSource.getRepository(OutboxEmail).count()).toBe(0);
    const entry = await db()
      .dataSource.getRepository(Activity)
      .findOneByOrFail({ clientId: client.id, action: 'EMAIL_SUPPRESSED' as never });
    expect(entry.changes).toEqual([
      { field: 'to', before: null, after: 'nobody@hervedavid.test' },
      { field: 'template', before: null, after: 'password-reset' },
    ]);
  });

  it('retries with backoff after a refusal, then delivers', async () => {
    const clock = new TestClock();
    await queue(null, 'retry@clientele.test', 'fr', clock.now());
    mailbox.failNext = 1;
    const w = worker({ backoffMs: 1000, clock });
    expect(await w.runOnce()).toBe(0);
    const failed = await outboxRow('retry@clientele.test');
    expect(failed).toMatchObject({
      status: EmailStatus.PENDING,
      attempts: 1,
      lastError: expect.stringMatching(/451/),
      nextAttemptAt: new Date(clock.now().getTime() + 1000),
    });
    expect(await w.runOnce()).toBe(0); // not due yet
    clock.advance(999);
    expect(await w.runOnce()).toBe(0); // nor a millisecond before
    clock.advance(1);
    expect(await w.runOnce()).toBe(1);
    expect(mailbox.messages).toHaveLength(1);
    expect(await outboxRow('retry@clientele.test')).toMatchObject({
      status: EmailStatus.SENT,
      attempts: 2,
      sentAt: clock.now(),
    });
  });

  it('never sends one email twice when several workers run at once', async () => {
    for (let i = 0; i < 6; i += 1) await queue(null, `many${i}@clientele.test`);
    const sent = await Promise.all([worker().runOnce(), worker().runOnce(), worker().runOnce()]);
    expect(sent.reduce((a, b) => a + b, 0)).toBe(6);
    // Every pass has ended, each send with the server's answer, which comes after the mailbox
    // keeps the message: whatever was sent, a duplicate too, is in it now.
    expect(mailbox.messages.map((m) => (m.to as { text: string }).text).sort()).toEqual(
      Array.from({ length: 6 }, (_, i) => `"Mireille Couture" <many${i}@clientele.test>`).sort(),
    );
  });

  it('gives up on a stalled server by its own timeout, then the email is delivered once', async () => {
    const clock = new TestClock();
    await queue(null, 'stalled@clientele.test', 'fr', clock.now());
    scripted.answer = () => undefined; // reads the message, never answers
    // Only the silence is short (the connection and greeting keep their generous defaults): the
    // server never answers, so nothing but the transport's timeout can end this pass.
    const w = new MailWorker(db().dataSource, smtpTransport(scriptedUrl, { socketTimeout: 500 }), {
      from: 'no-reply@clientele.test',
      backoffMs: 1000,
      clock,
    });
    expect(await w.runOnce()).toBe(0);
    // Its outcome was written over its own claim: it gave up while it still held the email.
    expect(await outboxRow('stalled@clientele.test')).toMatchObject({
      status: EmailStatus.PENDING,
      attempts: 1,
      lockedBy: null,
      lockedUntil: null,
      lastError: expect.stringMatching(/timeout/i),
      nextAttemptAt: new Date(clock.now().getTime() + 1000),
    });
    expect(scripted.accepted).toEqual([]);

    scripted.answer = (accept) => accept();
    clock.advance(1000);
    // Retried by any instance once due (this one on the default timeouts), and only once.
    const retrying = new MailWorker(db().dataSource, smtpTransport(scriptedUrl), {
      from: 'no-reply@clientele.test',
      clock,
    });
    expect(await retrying.runOnce()).toBe(1);
    clock.advance(60_000);
    expect(await retrying.runOnce()).toBe(0);
    expect(await w.runOnce()).toBe(0);
    expect(scripted.accepted).toEqual(['stalled@clientele.test']);
    expect(await outboxRow('stalled@clientele.test')).toMatchObject({
      status: EmailStatus.SENT,
      attempts: 2,
    });
  });

  /**
   * Resolves on `holder`'s first renewal of a claim to a time past `instant`.
   * The deadline is no pause: renewals come every few milliseconds, and
   * without one a broken renewal would fail by the test's timeout, unnamed.
   */
  const renewedPast = (holder: MailWorker, instant: Date) =>
    new Promise<void>((resolve, reject) => {
      const listener = (_emailId: string, lockedUntil: Date) => {
        if (lockedUntil <= instant) return;
        clearTimeout(deadline);
        holder.off('renewed', listener);
        resolve();
      };
      const deadline = setTimeout(() => {
        holder.off('renewed', listener);
        reject(new Error(`${holder.id} renewed no claim past ${instant.toISOString()} within 10 s`));
      }, 10_000);
      holder.on('renewed', listener);
    });

  it('keeps its claim while a slow server takes longer than the lease, so no other instance sends it too', async () => {
    const clock = new TestClock();
    await queue(null, 'slow@clientele.test', 'fr', clock.now());
    // The server holds the message until told; any other message (a second sender's) it takes at once.
    const held = scripted.holdNext();
    const transport = smtpTransport(scriptedUrl);
    // The lease runs on the test clock; the claim is renewed every 20 ms of real time while sending.
    const lease = 60_000;
    const slow = new MailWorker(db().dataSource, transport, {
      from: 'a@clientele.test',
      lockMs: lease,
      renewEveryMs: 20,
      clock,
    });
    const other = new MailWorker(db().dataSource, transport, {
      from: 'b@clientele.test',
      lockMs: lease,
      clock,
    });
    const pass = slow.runOnce();
    let sent: number;
    try {
      await held.read;
      expect(await outboxRow('slow@clientele.test')).toMatchObject({
        status: EmailStatus.SENDING,
        lockedBy: expect.stringMatching(new RegExp(`^${slow.id}:`)),
      });
      expect(await other.runOnce()).toBe(0);
      // Three times over, the clock passes the end of the lease as it stands; each time the claim
      // is renewed from the new time, and the other instance still finds the email taken.
      for (let i = 0; i < 3; i += 1) {
        const { lockedUntil } = await outboxRow('slow@clientele.test');
        clock.set(new Date(lockedUntil!.getTime() + 1));
        await renewedPast(slow, clock.now());
        expect(await other.runOnce()).toBe(0);
      }
    } finally {
      // The server answers now; the pass ends before anything else is checked, or torn down.
      held.release();
      sent = await pass;
    }
    expect(sent).toBe(1);
    expect(scripted.accepted).toEqual(['slow@clientele.test']);
    expect(await outboxRow('slow@clientele.test')).toMatchObject({
      status: EmailStatus.SENT,
      lockedBy: null,
      sentAt: clock.now(),
    });
  });

  it('takes over an email whose claim ran out, as when the instance holding it died', async () => {
    const clock = new TestClock();
    await queue(null, 'orphan@clientele.test', 'fr', clock.now());
    const lockedUntil = new Date(clock.now().getTime() + 1000);
    await db()
      .dataSource.getRepository(OutboxEmail)
      .update(
        { to: 'orphan@clientele.test' },
        { status: EmailStatus.SENDING, lockedBy: 'worker-dead:00000000', lockedUntil },
      );
    const w = worker({ clock });
    expect(await w.runOnce()).toBe(0); // still someone else's
    clock.set(lockedUntil);
    expect(await w.runOnce()).toBe(0); // up to the last millisecond of its lease
    clock.advance(1);
    expect(await w.runOnce()).toBe(1);
    expect(mailbox.messages).toHaveLength(1);
    expect(await outboxRow('orphan@clientele.test')).toMatchObject({
      status: EmailStatus.SENT,
      lockedBy: null,
    });
  });

  it('writes nothing over a claim it lost while sending: the instance holding it now decides', async () => {
    await queue(null, 'taken@clientele.test');
    const intruder = { lockedBy: 'worker-intruder:00000000', lockedUntil: new Date(Date.now() + 60_000) };
    scripted.answer = (accept) => {
      void db()
        .dataSource.getRepository(OutboxEmail)
        .update({ to: 'taken@clientele.test' }, intruder)
        .then(accept);
    };
    await new MailWorker(db().dataSource, smtpTransport(scriptedUrl), { from: 'a@clientele.test' }).runOnce();
    expect(await outboxRow('taken@clientele.test')).toMatchObject({
      status: EmailStatus.SENDING,
      ...intruder,
      attempts: 0,
      sentAt: null,
    });
  });
});
