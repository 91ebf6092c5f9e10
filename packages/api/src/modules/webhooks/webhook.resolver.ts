import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { WebhookDeliveryStatus } from '@clientele/shared';
import { callerOf, type GraphQLContext } from '../../app/context';
import { WebhookAttempt, WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import {
  CreateWebhookEndpointInput,
  CreateWebhookEndpointPayload,
  UpdateWebhookEndpointInput,
  WebhookDeliveryConnection,
  WebhookDeliveryIdInput,
  WebhookDeliveryPayload,
  WebhookEndpointConnection,
  WebhookEndpointIdInput,
  WebhookEndpointPayload,
} from './webhook.input';
import type { WebhookOwner } from './webhook.service';

/** An administrator reaches every endpoint and registers the operator's; a partner user its partner's. */
export function ownerOf(context: GraphQLContext): WebhookOwner {
  return context.partner
    ? { partnerId: context.partner.partner.id, administrator: false }
    : { partnerId: null, administrator: true };
}

@Resolver(() => WebhookEndpoint)
export class WebhookEndpointResolver {
  @Query(() => WebhookEndpointConnection, {
    description: 'The webhook endpoints the caller manages, newest first: a partner’s own, or every one.',
  })
  webhookEndpoints(
    @Ctx() context: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, description: 'Page size: 25 by default, at most 100.' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor after which the page starts.' })
    after: string | null,
  ) {
    return context.services.webhooks.endpoints(ownerOf(context), { first, after });
  }

  @Query(() => WebhookEndpoint, {
    nullable: true,
    description: 'One webhook endpoint the caller manages; null when none (another partner’s reads as none).',
  })
  webhookEndpoint(
    @Ctx() context: GraphQLContext,
    @Arg('id', () => ID, { description: 'The endpoint.' }) id: string,
  ) {
    return context.services.webhooks.find(id, ownerOf(context));
  }

  @FieldResolver(() => WebhookDeliveryConnection, {
    description: 'What was sent to it, or is to be sent, newest first.',
  })
  deliveries(
    @Root() endpoint: WebhookEndpoint,
    @Ctx() context: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, description: 'Page size: 25 by default, at most 100.' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor after which the page starts.' })
    after: string | null,
    @Arg('status', () => WebhookDeliveryStatus, {
      nullable: true,
      description: 'Only deliveries in this state.',
    })
    status: WebhookDeliveryStatus | null,
  ) {
    return context.services.webhooks.deliveries(endpoint, { first, after, status });
  }

  @FieldResolver(() => String, { nullable: true, description: 'The partner it belongs to, by name.' })
  async partnerName(@Root() endpoint: WebhookEndpoint, @Ctx() { loaders }: GraphQLContext) {
    return endpoint.partnerId ? ((await loaders.partner.load(endpoint.partnerId))?.name ?? null) : null;
  }

  @Mutation(() => CreateWebhookEndpointPayload, {
    description: 'Registers an endpoint for the events named; its signing secret is answered this once.',
  })
  async createWebhookEndpoint(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => CreateWebhookEndpointInput, { description: 'Address and events.' })
    input: CreateWebhookEndpointInput,
  ): Promise<CreateWebhookEndpointPayload> {
    return context.services.webhooks.create(ownerOf(context), input, callerOf(context));
  }

  @Mutation(() => WebhookEndpointPayload, { description: 'Changes an endpoint’s address, events or state.' })
  async updateWebhookEndpoint(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => UpdateWebhookEndpointInput, { description: 'What changes.' })
    input: UpdateWebhookEndpointInput,
  ): Promise<WebhookEndpointPayload> {
    const { id, version, ...changes } = input;
    return {
      endpoint: await context.services.webhooks.update(
        id,
        version,
        changes,
        ownerOf(context),
        callerOf(context),
      ),
    };
  }

  @Mutation(() => WebhookEndpointPayload, {
    description: 'Deletes an endpoint: nothing more is sent to it, queued deliveries included.',
  })
  async deleteWebhookEndpoint(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => WebhookEndpointIdInput, { description: 'The endpoint.' })
    input: WebhookEndpointIdInput,
  ): Promise<WebhookEndpointPayload> {
    return {
      endpoint: await context.services.webhooks.delete(input.id, ownerOf(context), callerOf(context)),
    };
  }

  @Mutation(() => WebhookDeliveryPayload, {
    description: 'Queues a `ping` event for the endpoint, to try it.',
  })
  async pingWebhookEndpoint(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => WebhookEndpointIdInput, { description: 'The endpoint.' })
    input: WebhookEndpointIdInput,
  ): Promise<WebhookDeliveryPayload> {
    return { delivery: await context.services.webhooks.ping(input.id, ownerOf(context)) };
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => [WebhookAttempt], { description: 'Every attempt at sending it, oldest first.' })
  attempts(@Root() delivery: WebhookDelivery, @Ctx() context: GraphQLContext) {
    return context.services.webhooks.attempts(delivery.id);
  }

  @Mutation(() => WebhookDeliveryPayload, {
    description:
      'Sends a delivery again, as it was (same event id and body, signed anew), with its attempts counted afresh.',
  })
  async replayWebhookDelivery(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => WebhookDeliveryIdInput, { description: 'The delivery.' })
    input: WebhookDeliveryIdInput,
  ): Promise<WebhookDeliveryPayload> {
    return {
      delivery: await context.services.webhooks.replay(input.id, ownerOf(context), callerOf(context)),
    };
  }
}
