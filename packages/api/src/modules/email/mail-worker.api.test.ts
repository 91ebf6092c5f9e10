import nodemailer from 'nodemailer';
import { EmailStatus } from '@clientele/shared';
import { describeEachDialect } from '../../../test/db';
import { createClient } from '../../../test/factories';
import { TestClient } from '../../../test/graphql';
import { TestMailbox } from '../../../test/smtp';
import { SYSTEM_ACTOR } from '../../app/actor';
import { inTransaction } from '../../app/transaction';
import { Activity } from '../activity/activity.entity';
import { passwordReset } from './email-templates';
import { MailWorker } from './mail-worker';
import { OutboxEmail } from './outbox-email.entity';
import { queueEmail } from './outbox.service';

const caller = { actor: SYSTEM_ACTOR, requestId: 'req-mail' };

describeEachDialect('the outbox and its mail worker', (db) => {
  let api: TestClient;
  let mailbox: TestMailbox;
  let smtpUrl: string;

  beforeAll(async () => {
    api = await TestClient.create(db().dataSource);
    mailbox = new TestMailbox();
    smtpUrl = await mailbox.start();
  });
  afterAll(async () => {
    await api.stop();
    await mailbox.stop();
  });
  beforeEach(async () => {
    await db().dataSource.createQueryBuilder().delete().from(OutboxEmail).execute();
    mailbox.messages.length = 0;
  });

  const queue = (clientId: string | null, to: string, locale: 'fr' | 'en' = 'fr') =>
    inTransaction(db().dataSource, (manager) =>
      queueEmail(manager, caller, {
        to,
        toName: 'Mireille Couture',
        locale,
        template: 'password-reset',
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
});
