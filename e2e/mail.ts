import fs from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';

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

/** The first message to `address` received so far, if any. */
function firstMailTo(address: string): ReceivedMail | undefined {
  const dir = mailDir();
  if (!fs.existsSync(dir)) return undefined;
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const mail = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as ReceivedMail;
    if (mail.to.includes(address.toLowerCase())) return mail;
  }
  return undefined;
}

/** Waits for the first message to `address` to arrive over SMTP (the app's worker sends it within a poll). */
export async function waitForMail(address: string): Promise<ReceivedMail> {
  let mail: ReceivedMail | undefined;
  await expect
    .poll(() => (mail = firstMailTo(address)) !== undefined, {
      message: `an email to ${address}`,
      timeout: 30_000,
    })
    .toBe(true);
  return mail!;
}

/** The path and query of the first link in a mail that goes to `route` (`/accept-invitation`). */
export function linkIn(mail: ReceivedMail, route: string): string {
  const match = new RegExp(`https?://[^\\s/]+(${route}\\?\\S+)`).exec(mail.text);
  if (!match) throw new Error(`no ${route} link in: ${mail.text}`);
  return match[1]!;
}
