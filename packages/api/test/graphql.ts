import type { DataSource } from 'typeorm';
import type { ApolloServer } from '@apollo/server';
import { StaffRole, type Locale } from '@clientele/shared';
import { createStaffUser } from './users';
import type { User } from '../src/modules/users/user.entity';
import type { PartnerViewer, PortalViewer } from '../src/modules/auth/auth.service';
import type { Session } from '../src/modules/auth/session.entity';
import { createContext, createServices, type GraphQLContext, type Services } from '../src/app/context';
import { requestScope } from '../src/app/request-context';
import type { Clock } from '../src/app/clock';
import { getSchema } from '../src/app/schema';
import { createApollo } from '../src/app/server';

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{
    message: string;
    path?: readonly (string | number)[];
    extensions?: Record<string, unknown>;
  }>;
}

/**
 * Runs operations through the real schema, error formatting and services, on a
 * real database, the way a request would, without HTTP; as an administrator
 * unless `as` says otherwise (`null`: nobody signed in). Its services read the
 * time from `clock` when one is given (a TestClock the test moves on), from
 * the system clock otherwise.
 */
export class TestClient {
  private readonly services: Services;

  private constructor(
    private readonly apollo: ApolloServer<GraphQLContext>,
    dataSource: DataSource,
    /** Who operations run as unless told otherwise: an administrator of this database. */
    readonly admin: User,
    clock: Clock | undefined,
  ) {
    this.services = createServices(dataSource, { clock });
  }

  static async create(dataSource: DataSource, options: { clock?: Clock } = {}): Promise<TestClient> {
    const apollo = createApollo(await getSchema());
    await apollo.start();
    return new TestClient(
      apollo,
      dataSource,
      await createStaffUser(dataSource, StaffRole.ADMIN, 'Test Admin'),
      options.clock,
    );
  }

  async run<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: {
      locale?: Locale;
      as?: User | null;
      portal?: PortalViewer | null;
      partner?: PartnerViewer | null;
      session?: Session | null;
    } = {},
  ): Promise<GraphQLResult<T>> {
    const locale = options.locale ?? 'en';
    const requestId = `test-${Math.random().toString(36).slice(2)}`;
    return requestScope.run({ requestId, locale }, async () => {
      const response = await this.apollo.executeOperation(
        { query, variables },
        {
          contextValue: createContext(this.services, {
            requestId,
            locale,
            user: options.as === undefined ? this.admin : options.as,
            portal: options.portal ?? null,
            partner: options.partner ?? null,
            session: options.session ?? null,
          }),
        },
      );
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      return response.body.singleResult as GraphQLResult<T>;
    });
  }

  stop(): Promise<void> {
    return this.apollo.stop();
  }
}
