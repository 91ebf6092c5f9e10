import { PARTNER_WEBHOOK_EVENT_TYPES, WebhookEventType as EventValue } from '@clientele/shared';
import type { WebhookEventType } from '@/gql/graphql';

/** The events an endpoint may subscribe to, by their API names (`CLIENT_CREATED`); a ping is sent to all. */
export function subscribableEvents(audience: 'staff' | 'partner'): WebhookEventType[] {
  return (Object.entries(EventValue) as [WebhookEventType, EventValue][])
    .filter(([, value]) => value !== EventValue.PING)
    .filter(([, value]) => audience === 'staff' || PARTNER_WEBHOOK_EVENT_TYPES.includes(value))
    .map(([name]) => name);
}

/** The wire name a receiver sees in `type` (`client.created`), shown beside the label. */
export const wireName = (type: WebhookEventType): string => EventValue[type];
