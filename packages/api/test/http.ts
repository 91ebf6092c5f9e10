import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { DataSource } from 'typeorm';
import { createServices, type ServiceOptions, type Services } from '../src/app/context';
import { createHttpApp } from '../src/app/server';

/** The real HTTP app on a loopback port, with a cookie jar per browser. */
export class TestServer {
  private constructor(
    readonly url: string,
    readonly services: Services,
    private readonly close: () => Promise<void>,
  ) {}

  static async start(dataSource: DataSource, options: ServiceOptions = {}): Promise<TestServer> {
    const services = createServices(dataSource, options);
    const { app, apollo } = await createHttpApp(services);
    const server: Server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return new TestServer(url, services, async () => {
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
    });
  }

  /** A browser: keeps the cookies the server sets. */
  browser(headers: Record<string, string> = {}) {
    const jar = new Map<string, string>();
    const graphql = async (
      query: string,
      variables: Record<string, unknown> = {},
      extra: Record<string, string> = {},
    ) => {
      const response = await fetch(`${this.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...headers,
          ...extra,
          ...(jar.size ? { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      for (const cookie of response.headers.getSetCookie()) {
        const [pair = ''] = cookie.split(';');
        const [name = '', ...value] = pair.split('=');
        if (/expires=Thu, 01 Jan 1970/i.test(cookie) || value.join('=') === '') jar.delete(name);
        else jar.set(name, value.join('='));
      }
      return {
        status: response.status,
        setCookies: response.headers.getSetCookie(),
        body: (await response.json()) as { data?: any; errors?: any; extensions?: any },
      };
    };
    return { graphql, jar };
  }

  /**
   * An API token a person makes after signing in (a partner's dashboard), as the
   * console's API tokens page does; throws if either step is refused.
   */
  async apiToken(
    login: string,
    password: string,
    name: string,
    scope: 'READ' | 'READ_WRITE',
  ): Promise<string> {
    const browser = this.browser();
    const signedIn = await browser.graphql(
      `mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }`,
      {
        i: { login, password },
      },
    );
    const minted = signedIn.body.errors
      ? signedIn
      : await browser.graphql(`mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token } }`, {
          i: { name, scope },
        });
    if (minted.body.errors) throw new Error(JSON.stringify(minted.body.errors));
    return minted.body.data.createApiToken.token as string;
  }

  stop(): Promise<void> {
    return this.close();
  }
}
