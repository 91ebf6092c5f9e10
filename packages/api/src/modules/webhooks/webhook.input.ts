import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { WebhookEventType } from '@clientele/shared';
import { ConnectionType } from '../../app/connection';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';

@InputType({ description: 'A new webhook endpoint.' })
export class CreateWebhookEndpointInput {
  @Field(() => String, { description: 'Where to POST events: an https address.' })
  url: string;

  @Field(() => String, { nullable: true, description: 'What it is for (100 characters at most).' })
  description?: string | null;

  @Field(() => [WebhookEventType], {
    description: 'The events it receives; a partner’s endpoint may not ask for `access.*`.',
  })
  eventTypes: WebhookEventType[];
}

@InputType({ description: 'Changes to a webhook endpoint; fields left out stay as they are.' })
export class UpdateWebhookEndpointInput {
  @Field(() => ID, { description: 'The endpoint.' })
  id: string;

  @Field(() => Int, { description: 'The version read; a stale one is refused (CONFLICT).' })
  version: number;

  @Field(() => String, { nullable: true, description: 'A new address.' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'A new description; an empty one clears it.' })
  description?: string | null;

  @Field(() => [WebhookEventType], { nullable: true, description: 'The events it receives from now on.' })
  eventTypes?: WebhookEventType[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Turn it on or off; while off, nothing is queued for it.',
  })
  enabled?: boolean | null;
}

@InputType({ description: 'A webhook endpoint, named by id.' })
export class WebhookEndpointIdInput {
  @Field(() => ID, { description: 'The endpoint.' })
  id: string;
}

@InputType({ description: 'A webhook delivery, named by id.' })
export class WebhookDeliveryIdInput {
  @Field(() => ID, { description: 'The delivery.' })
  id: string;
}

@ObjectType({ description: 'The result of `createWebhookEndpoint`.' })
export class CreateWebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { description: 'The endpoint registered.' })
  endpoint: WebhookEndpoint;

  @Field(() => String, {
    description: 'Its signing secret, shown this once: keep it to check each delivery’s signature.',
  })
  secret: string;
}

@ObjectType({ description: 'The result of a change to a webhook endpoint.' })
export class WebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { description: 'The endpoint as it is now.' })
  endpoint: WebhookEndpoint;
}

@ObjectType({ description: 'The result of `pingWebhookEndpoint` or `replayWebhookDelivery`.' })
export class WebhookDeliveryPayload {
  @Field(() => WebhookDelivery, { description: 'The delivery, queued.' })
  delivery: WebhookDelivery;
}

export const WebhookEndpointConnection = ConnectionType(WebhookEndpoint, 'WebhookEndpoint');
export const WebhookDeliveryConnection = ConnectionType(WebhookDelivery, 'WebhookDelivery');
