import fs from 'node:fs';
import path from 'node:path';

/** Where the browser tests' SMTP server listens, and where it leaves what it receives. */
export const smtpPort = Number(process.env.E2E_SMTP_PORT ?? Number(process.env.E2E_PORT ?? 4010) + 15);
// Read when used, not when imported: the config sets the run id after its imports ran.
export const mailDir = (): string =>
  path.join(__dirname, '.artifacts', `mail-${process.env.E2E_RUN_ID ?? 'default'}`);

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
}

/** Waits for the first message to `address` that arrived over SMTP (the app's worker polls every few seconds). */
export async function waitForMail(address: string, timeoutMs = 30_000): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const dir = mailDir();
    const files = fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .filter((f) => f.endsWith('.json'))
          .sort()
      : [];
    for (const file of files) {
      const mail = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as ReceivedMail;
      if (mail.to.includes(address.toLowerCase())) return mail;
    }
    if (Date.now() > deadline) throw new Error(`no email to ${address} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The path and query of the first link in a mail that goes to `route` (`/accept-invitation`). */
export function linkIn(mail: ReceivedMail, route: string): string {
  const match = new RegExp(`https?://[^\\s/]+(${route}\\?\\S+)`).exec(mail.text);
  if (!match) throw new Error(`no ${route} link in: ${mail.text}`);
  return match[1]!;
}
