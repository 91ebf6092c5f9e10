import fs from 'node:fs';
import path from 'node:path';
import { TestMailbox } from '../packages/api/test/smtp';
import { WebhookReceiver } from '../packages/api/test/webhook-receiver';
import { geocoderPort, startGeocoder } from './geocoder';
import { mailDir, smtpPort } from './mail';
import { webhookPort } from './webhooks';

/**
 * Global setup: the app's neighbours, on loopback. A real SMTP server
 * (`SMTP_URL` points at it): each message it receives is written to disk as
 * JSON, where the specs — in other processes — read it like an inbox. And a
 * geocoder speaking Photon's protocol (`ADDRESS_SUGGEST_URL`). And a partner's webhook receiver,
 * which takes every event but those sent to a path ending in `/failing`.
 */
export default async function startNeighbours(): Promise<() => Promise<void>> {
  // This run's screens only: a screen no spec shows any more leaves no stale image behind.
  fs.rmSync(path.join(__dirname, '.artifacts', 'screenshots'), { recursive: true, force: true });
  const dir = mailDir();
  fs.mkdirSync(dir, { recursive: true });
  let count = 0;
  const mailbox = new TestMailbox((mail) => {
    count += 1;
    const to = (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) =>
      a.value.map((v) => v.address ?? ''),
    );
    const file = path.join(dir, `${String(count).padStart(4, '0')}.json`);
    // Written whole, then renamed: a spec polling the folder never reads half a message.
    fs.writeFileSync(
      `${file}.part`,
      JSON.stringify({ to, subject: mail.subject ?? '', text: mail.text ?? '' }),
    );
    fs.renameSync(`${file}.part`, file);
  });
  await mailbox.start(smtpPort);
  const stopGeocoder = await startGeocoder(geocoderPort);
  const receiver = await WebhookReceiver.start({
    port: webhookPort,
    answerFor: (path) => (path.endsWith('/failing') ? 500 : 200),
  });
  return async () => {
    await Promise.all([mailbox.stop(), stopGeocoder(), receiver.stop()]);
  };
}
