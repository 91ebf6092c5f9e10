import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server on loopback that keeps what it receives, so email tests
 * go through nodemailer, the wire and a parser like a real mailbox would.
 */
export class TestMailbox {
  readonly messages: ParsedMail[] = [];
  /** Refuse the next n deliveries (to test retries). */
  failNext = 0;
  private server: SMTPServer;
  private waiters: (() => void)[] = [];

  /** `onMessage` sees each message as it arrives (the browser tests' mail sink writes them to disk). */
  constructor(private readonly onMessage?: (mail: ParsedMail) => void) {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        if (this.failNext > 0) {
          this.failNext -= 1;
          stream.resume();
          stream.on('end', () =>
            callback(Object.assign(new Error('451 try again later'), { responseCode: 451 })),
          );
          return;
        }
        simpleParser(stream)
          .then((mail) => {
            this.messages.push(mail);
            this.onMessage?.(mail);
            [...this.waiters].forEach((wake) => wake());
            callback();
          })
          .catch(callback);
      },
    });
  }

  /** Listens on loopback, on the port given or any free one; answers the URL to give nodemailer. */
  async start(port = 0): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve));
    const address = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${address.port}`;
  }

  /**
   * Waits until `count` messages have arrived, woken by each arrival. The
   * deadline is only there so a missing message fails the caller's assertion
   * rather than the test's timeout.
   */
  async waitFor(count: number, timeoutMs = 10_000): Promise<ParsedMail[]> {
    if (this.messages.length >= count) return this.messages;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(deadline);
        this.waiters = this.waiters.filter((waiter) => waiter !== arrived);
        resolve();
      };
      const arrived = () => {
        if (this.messages.length >= count) done();
      };
      const deadline = setTimeout(done, timeoutMs);
      this.waiters.push(arrived);
    });
    return this.messages;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
