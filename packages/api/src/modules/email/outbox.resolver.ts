import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { EmailStatus } from '@clientele/shared';
import { ConnectionType } from '../../app/connection';
import type { GraphQLContext } from '../../app/context';
import { OutboxEmail } from './outbox-email.entity';
import { listOutbox } from './outbox.service';

export const OutboxEmailConnection = ConnectionType(OutboxEmail, 'OutboxEmail');

@Resolver(() => OutboxEmail)
export class OutboxResolver {
  @Query(() => OutboxEmailConnection, {
    description:
      'Emails queued by the platform, newest first; without SMTP configured they stay here, readable.',
  })
  outbox(
    @Ctx() { services }: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, description: 'Page size: 25 by default, at most 100.' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor after which the page starts.' })
    after: string | null,
    @Arg('status', () => EmailStatus, { nullable: true, description: 'Only emails in this state.' })
    status: EmailStatus | null,
  ) {
    return listOutbox(services.dataSource, { first, after, status });
  }
}
