import { randomUUID } from 'node:crypto';
import { IsNull, type EntityManager } from 'typeorm';
import {
  AccessStatus,
  ActivityAction,
  PartnerInvitationStatus,
  WebhookDeliveryStatus,
  WebhookEventType,
} from '@clientele/shared';
import { PARTNER_CARD_FIELDS, PARTNER_FIELDS } from '../../app/authorization';
import type { Activity } from '../activity/activity.entity';
import { Client } from '../clients/client.entity';
import { PartnerInvitation } from '../partners/partner-invitation.entity';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';

/**
 * Ids a receiver needs to fetch what an event is about, beyond the client
 * (the contact a link names): given by the change, carried in `data`.
 */
export type EventSubject = Readonly<Record<string, string>>;

/** The event an activity entry announces, if it announces one. */
export function eventTypeOf(
  entry: Pick<Activity, 'entityType' | 'action' | 'changes'>,
): WebhookEventType | null {
  const after = (field: string) => entry.changes.find((change) => change.field === field)?.after;
  switch (entry.entityType) {
    case 'Client':
      return (
        (
          {
            [ActivityAction.CREATED]: WebhookEventType.CLIENT_CREATED,
            [ActivityAction.UPDATED]: WebhookEventType.CLIENT_UPDATED,
            [ActivityAction.DELETED]: WebhookEventType.CLIENT_DELETED,
            [ActivityAction.RESTORED]: WebhookEventType.CLIENT_RESTORED,
          } as Partial<Record<ActivityAction, WebhookEventType>>
        )[entry.action] ?? null
      );
    case 'ClientTerms':
    case 'ClientCrm':
      return entry.action === ActivityAction.UPDATED ? WebhookEventType.CLIENT_UPDATED : null;
    case 'PartnerInvitation':
      if (entry.action !== ActivityAction.PARTNER_INVITATION_ANSWERED) return null;
      if (after('status') === PartnerInvitationStatus.ACCEPTED)
        return WebhookEventType.PARTNER_INVITATION_ACCEPTED;
      if (after('status') === PartnerInvitationStatus.DECLINED)
        return WebhookEventType.PARTNER_INVITATION_DECLINED;
      return null;
    case 'AccessGrant':
      if (entry.action === ActivityAction.ACCESS_GRANTED) return WebhookEventType.ACCESS_GRANTED;
      if (entry.action === ActivityAction.ACCESS_CHANGED && after('access.status') === AccessStatus.REVOKED)
        return WebhookEventType.ACCESS_REVOKED;
      return null;
    case 'ClientContact':
      if (entry.action === ActivityAction.LINKED) return WebhookEventType.CONTACT_LINKED;
      if (entry.action === ActivityAction.UNLINKED) return WebhookEventType.CONTACT_UNLINKED;
      return null;
    default:
      return null;
  }
}

/**
 * The client's own fields an event carries, by their GraphQL names; a
 * partner's endpoint gets those of them it may read (the card while its
 * invitation is pending). Lists and related records are left to the API.
 */
const CLIENT_EVENT_FIELDS = [
  'id',
  'code',
  'name',
  'legalName',
  'kind',
  'firstName',
  'lastName',
  'lifecycle',
  'status',
  'regard',
  'language',
  'currency',
  'timeZone',
  'website',
  'email',
  'phone',
  'mobile',
  'fax',
  'billingAddress',
  'shippingAddress',
  'clientReference',
  'description',
  'notificationsEnabled',
  'identityProvider',
  'partnerId',
  'parentId',
  'billToId',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'version',
] as const satisfies readonly (keyof Client)[];

/** What the id of the record an entry is about is called in an event's `data`. */
const RECORD_ID: Partial<Record<string, string>> = {
  AccessGrant: 'accessId',
  ClientContact: 'linkId',
  PartnerInvitation: 'invitationId',
};

/** What a change needs the recipient to read, beyond the card, to hear about it. */
const NEEDS_FIELD: Partial<Record<WebhookEventType, string>> = {
  [WebhookEventType.ACCESS_GRANTED]: 'accessGrants',
  [WebhookEventType.ACCESS_REVOKED]: 'accessGrants',
  [WebhookEventType.CONTACT_LINKED]: 'contacts',
  [WebhookEventType.CONTACT_UNLINKED]: 'contacts',
};

/** Everything, for the operator's endpoints. */
const EVERYTHING: ReadonlySet<string> = new Set([
  ...CLIENT_EVENT_FIELDS,
  'city',
  'partnerAccess',
  'terms',
  'crm',
]);

function snapshot(
  client: Client,
  partnerAccess: PartnerInvitationStatus | null,
  readable: ReadonlySet<string>,
) {
  const values: Record<string, unknown> = {
    ...Object.fromEntries(CLIENT_EVENT_FIELDS.map((field) => [field, client[field]])),
    city: client.billingAddress?.city ?? null,
    partnerAccess,
  };
  return Object.fromEntries(Object.entries(values).filter(([field]) => readable.has(field)));
}

/**
 * The endpoints that hear anything, read once per transaction: one change
 * announces several events (a partner's new client: created, its contact
 * linked, its access granted), and each would read them again.
 */
const endpointsOf = new WeakMap<EntityManager, Promise<WebhookEndpoint[]>>();

function liveEndpoints(manager: EntityManager): Promise<WebhookEndpoint[]> {
  const read = () => manager.find(WebhookEndpoint, { where: { enabled: true, deletedAt: IsNull() } });
  // Outside a transaction the manager is the data source's own, shared by every request: no memory.
  if (!manager.queryRunner?.isTransactionActive) return read();
  let endpoints = endpointsOf.get(manager);
  if (!endpoints) {
    endpoints = read();
    endpointsOf.set(manager, endpoints);
  }
  return endpoints;
}

/**
 * Queues the event an activity entry announces for every endpoint that asked
 * for it and may hear it, in the entry's transaction (the outbox): it commits
 * or rolls back with the change. The operator's endpoints hear about every
 * client; a partner's only about its own, with what it may read of them then
 * — nothing of a change it may not see (an `client.updated` touching only
 * fields it does not read sends it nothing).
 */
export async function announceActivity(
  manager: EntityManager,
  entry: Activity,
  subject: EventSubject = {},
): Promise<void> {
  const type = eventTypeOf(entry);
  if (!type || !entry.clientId) return;
  const endpoints = (await liveEndpoints(manager)).filter((endpoint) => endpoint.eventTypes.includes(type));
  if (endpoints.length === 0) return;
  const client = await manager.findOne(Client, { where: { id: entry.clientId }, withDeleted: true });
  if (!client) return;
  const invitation = client.partnerId
    ? await manager.findOne(PartnerInvitation, {
        where: { clientId: client.id },
        order: { createdAt: 'DESC' },
      })
    : null;
  const partnerAccess = invitation && invitation.partnerId === client.partnerId ? invitation.status : null;
  const eventId = randomUUID();
  const changed = entry.changes.map((change) => change.field);
  const deliveries: WebhookDelivery[] = [];
  for (const endpoint of endpoints) {
    let readable = EVERYTHING;
    if (endpoint.partnerId) {
      if (endpoint.partnerId !== client.partnerId) continue;
      readable =
        partnerAccess === PartnerInvitationStatus.ACCEPTED ? PARTNER_FIELDS.Client! : PARTNER_CARD_FIELDS;
    }
    const needs = NEEDS_FIELD[type];
    if (needs && !readable.has(needs)) continue;
    // `terms.creditLimit` is read through `terms`: a field is readable when its first step is.
    const changedFields = changed.filter((field) => readable.has(field.split('.')[0]!));
    if (type === WebhookEventType.CLIENT_UPDATED && changedFields.length === 0) continue;
    const data: Record<string, unknown> = {
      client: snapshot(client, partnerAccess, readable),
      ...(type === WebhookEventType.CLIENT_UPDATED ? { changedFields } : {}),
      ...(RECORD_ID[entry.entityType] ? { [RECORD_ID[entry.entityType]!]: entry.entityId } : {}),
      ...subject,
    };
    deliveries.push(
      queuedDelivery(endpoint.id, { id: eventId, type, createdAt: entry.at, clientId: client.id, data }),
    );
  }
  if (deliveries.length) await manager.insert(WebhookDelivery, deliveries);
}

export interface WebhookEvent {
  id: string;
  type: WebhookEventType;
  createdAt: Date;
  clientId: string | null;
  data: Record<string, unknown>;
}

/** A delivery of `event` to one endpoint, due now; its body is the event as the endpoint receives it. */
export function queuedDelivery(endpointId: string, event: WebhookEvent): WebhookDelivery {
  return Object.assign(new WebhookDelivery(), {
    id: randomUUID(),
    eventId: event.id,
    eventType: event.type,
    endpointId,
    clientId: event.clientId,
    payload: JSON.stringify({
      id: event.id,
      type: event.type,
      createdAt: event.createdAt.toISOString(),
      data: event.data,
    }),
    status: WebhookDeliveryStatus.PENDING,
    attemptCount: 0,
    nextAttemptAt: event.createdAt,
    lockedBy: null,
    lockedUntil: null,
    lastStatusCode: null,
    lastError: null,
    createdAt: event.createdAt,
    deliveredAt: null,
  });
}
