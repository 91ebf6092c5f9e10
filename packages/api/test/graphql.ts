import type { DataSource } from 'typeorm';
import type { ApolloServer } from '@apollo/server';
import { ApolloServer as Server } from '@apollo/server';
import type { Locale } from '@clientele/shared';
import { ANONYMOUS_ACTOR, type Actor } from '../src/app/actor';
import type { User } from '../src/modules/users/user.entity';
import { createContext, createServices, type GraphQLContext, type Services } from '../src/app/context';
import { formatError } from '../src/app/errors';
import { requestScope } from '../src/app/request-context';
import { getSchema } from '../src/app/schema';

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
 * real database, the way a request would, without HTTP.
 */
export class TestClient {
  private readonly services: Services;

  private constructor(
    private readonly apollo: ApolloServer<GraphQLContext>,
    dataSource: DataSource,
  ) {
    this.services = createServices(dataSource);
  }

  static async create(dataSource: DataSource): Promise<TestClient> {
    const apollo = new Server<GraphQLContext>({ schema: await getSchema(), formatError });
    await apollo.start();
    return new TestClient(apollo, dataSource);
  }

  async run<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: { locale?: Locale; actor?: Actor; user?: User | null } = {},
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
            actor: options.actor ?? ANONYMOUS_ACTOR,
            user: options.user ?? null,
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
