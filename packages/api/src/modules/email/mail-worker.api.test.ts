import type { AddressInfo } from 'node:net';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { EmailStatus, EmailTemplate } from '@clientele/shared';
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
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An SMTP server on loopback whose answer to each message the test decides: at once, late, or never. */
class ScriptedSmtp {
  /** The recipients of each message accepted, in order. */
  readonly accepted: string[] = [];
  /** Called once a message has been read; the server answers when `accept` is called, if ever. */
  answer: (accept: () => void) => void = (accept) => accept();
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

  const queue = (clientId: string | null, to: string, locale: 'fr' | 'en' = 'fr') =>
    inTransaction(db().dataSource, (manager) =>
      queueEmail(manager, caller, {
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
      }),
    );
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
    await queue(null, 'retry@clientele.test');
    mailbox.failNext = 1;
    const w = worker({ backoffMs: 1000 });
    expect(await w.runOnce()).toBe(0);
    const failed = await db().dataSource.getRepository(OutboxEmail).findOneOrFail({ where: {} });
    expect(failed).toMatchObject({
      status: EmailStatus.PENDING,
      attempts: 1,
      lastError: expect.stringMatching(/451/),
    });
    expect(await w.runOnce()).toBe(0); // not due yet
    expect(await w.runOnce(new Date(Date.now() + 2000))).toBe(1);
    expect((await mailbox.waitFor(1)).length).toBe(1);
  });

  it('never sends one email twice when several workers run at once', async () => {
    for (let i = 0; i < 6; i += 1) await queue(null, `many${i}@clientele.test`);
    const sent = await Promise.all([worker().runOnce(), worker().runOnce(), worker().runOnce()]);
    expect(sent.reduce((a, b) => a + b, 0)).toBe(6);
    await mailbox.waitFor(6);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(mailbox.messages.map((m) => (m.to as { text: string }).text).sort()).toEqual(
      Array.from({ length: 6 }, (_, i) => `"Mireille Couture" <many${i}@clientele.test>`).sort(),
    );
  });

  const outboxRow = (to: string) => db().dataSource.getRepository(OutboxEmail).findOneByOrFail({ to });

  /**
   * Waits (bounded) until `holder` has claimed the email to `to`. A pass
   * claims after a read, so what a test does next would otherwise race the
   * claim on a busy machine, whatever fixed pause it took.
   */
  const claimedBy = async (holder: MailWorker, to: string, timeoutMs = 5000) => {
    for (const deadline = Date.now() + timeoutMs; ; await sleep(10)) {
      const row = await outboxRow(to);
      if (row.status === EmailStatus.SENDING && row.lockedBy?.startsWith(`${holder.id}:`)) return;
      if (Date.now() > deadline)
        throw new Error(`${holder.id} did not claim the email to ${to} within ${timeoutMs} ms`);
    }
  };

  it('gives up on a stalled server by timeout before its claim ends, then delivers the email once', async () => {
    await queue(null, 'stalled@clientele.test');
    scripted.answer = () => undefined; // reads the message, never answers
    const lease = 3000;
    const w = new MailWorker(
      db().dataSource,
      smtpTransport(scriptedUrl, { connectionTimeout: 300, greetingTimeout: 300, socketTimeout: 400 }),
      { from: 'no-reply@clientele.test', lockMs: lease, backoffMs: 1000 },
    );
    const started = Date.now();
    const pass = w.runOnce();
    await claimedBy(w, 'stalled@clientele.test');
    // Meanwhile another instance finds it claimed.
    expect(await worker().runOnce()).toBe(0);
    expect(await pass).toBe(0);
    expect(Date.now() - started).toBeLessThan(lease);
    expect(await outboxRow('stalled@clientele.test')).toMatchObject({
      status: EmailStatus.PENDING,
      attempts: 1,
      lockedBy: null,
      lastError: expect.stringMatching(/timeout/i),
    });

    scripted.answer = (accept) => accept();
    expect(await w.runOnce(new Date(Date.now() + 2000))).toBe(1);
    expect(await w.runOnce(new Date(Date.now() + 60_000))).toBe(0);
    expect(scripted.accepted).toEqual(['stalled@clientele.test']);
    expect(await outboxRow('stalled@clientele.test')).toMatchObject({
      status: EmailStatus.SENT,
      attempts: 2,
    });
  });

  it('keeps its claim while a slow server takes longer than the lease, so no other instance sends it too', async () => {
    await queue(null, 'slow@clientele.test');
    // The server answers half as late again as the lease, which is renewed every third of it (1 s):
    // a renewal would have to be 2 s late for the other instance to take the email over.
    const lease = 3000;
    scripted.answer = (accept) => setTimeout(accept, 4500);
    const transport = smtpTransport(scriptedUrl);
    const slow = new MailWorker(db().dataSource, transport, { from: 'a@clientele.test', lockMs: lease });
    const other = new MailWorker(db().dataSource, transport, { from: 'b@clientele.test', lockMs: lease });
    let done = false;
    const pass = slow.runOnce().finally(() => {
      done = true;
    });
    await claimedBy(slow, 'slow@clientele.test');
    // The other instance keeps trying for as long as the slow send lasts, past the end of the first lease.
    let sentByOther = 0;
    while (!done) {
      sentByOther += await other.runOnce();
      await sleep(100);
    }
    expect(await pass).toBe(1);
    expect(sentByOther).toBe(0);
    expect(scripted.accepted).toEqual(['slow@clientele.test']);
    expect(await outboxRow('slow@clientele.test')).toMatchObject({
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
