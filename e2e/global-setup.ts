import fs from 'node:fs';
import path from 'node:path';
import { TestMailbox } from '../packages/api/test/smtp';
import { mailDir, smtpPort } from './mail';

/**
 * Global setup: a real SMTP server on loopback for the app under test
 * (`SMTP_URL` points at it). Each message it receives is written to disk as
 * JSON, where the specs — in other processes — read it like an inbox.
 */
export default async function startMailSink(): Promise<() => Promise<void>> {
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
  return () => mailbox.stop();
}
