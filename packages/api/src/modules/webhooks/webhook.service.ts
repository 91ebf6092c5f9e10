import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import {
  ActivityAction,
  ErrorCode,
  FieldErrorCode,
  PARTNER_WEBHOOK_EVENT_TYPES,
  WEBHOOK_DESCRIPTION_MAX,
  WebhookDeliveryStatus,
  WebhookEventType,
  checkOptionalText,
  checkWebhookUrl,
  type FieldError,
} from '@clientele/shared';
import type { Caller } from '../../app/actor';
import type { Clock } from '../../app/clock';
import type { Connection } from '../../app/connection';
import { AppError, badUserInput, fieldError, notFound } from '../../app/errors';
import { keysetPage } from '../../app/keyset';
import { inTransaction } from '../../app/transaction';
import { recordActivity } from '../activity/activity.service';
import { fieldChanges } from '../activity/field-changes';
import { isInsideAddress } from './webhook-address';
import { WebhookAttempt, WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { queuedDelivery } from './webhook-outbox';
import { newWebhookSecret } from './webhook-signature';

/** Endpoints one owner (the operator, or one partner) may have. */
export const WEBHOOK_ENDPOINTS_MAX = 20;

/** Whose endpoints a caller reaches: an administrator every one, a partner user its partner's. */
export interface WebhookOwner {
  partnerId: string | null;
  administrator: boolean;
}

export interface WebhookEndpointChanges {
  url?: string | null;
  description?: string | null;
  eventTypes?: WebhookEventType[] | null;
  enabled?: boolean | null;
}

type Page = { first?: number | null; after?: string | null };

const EDITABLE = ['url', 'description', 'eventTypes', 'enabled'] as const;

export class WebhookService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    /** Whether endpoints may be plain http or on a private network (development, tests). */
    private readonly allowPrivateNetwork = false,
  ) {}

  /** The endpoints the caller reaches, newest first. */
  endpoints(owner: WebhookOwner, page: Page): Promise<Connection<WebhookEndpoint>> {
    const qb = this.dataSource
      .getRepository(WebhookEndpoint)
      .createQueryBuilder('w')
      .where('w.deleted_at IS NULL');
    if (!owner.administrator) qb.andWhere('w.partner_id = :partnerId', { partnerId: owner.partnerId });
    return keysetPage(this.dataSource, WebhookEndpoint, qb, this.newestFirst(WebhookEndpoint, 'w'), page);
  }

  /** An endpoint the caller reaches, or null (another partner's reads as missing). */
  async find(
    id: string,
    owner: WebhookOwner,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<WebhookEndpoint | null> {
    const endpoint = await manager.findOneBy(WebhookEndpoint, { id, deletedAt: IsNull() });
    return endpoint && this.reaches(owner, endpoint) ? endpoint : null;
  }

  /** An endpoint the caller reaches, or NOT_FOUND. */
  private async endpoint(id: string, owner: WebhookOwner, manager: EntityManager): Promise<WebhookEndpoint> {
    const endpoint = await this.find(id, owner, manager);
    if (!endpoint) throw notFound();
    return endpoint;
  }

  /** Registers an endpoint; its secret is returned here and never again. */
  async create(
    owner: WebhookOwner,
    input: { url: string; description?: string | null; eventTypes: WebhookEventType[] },
    caller: Caller,
  ): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    const values = this.checked(input, owner);
    return inTransaction(this.dataSource, async (manager) => {
      const count = await manager.countBy(WebhookEndpoint, {
        partnerId: owner.partnerId ?? IsNull(),
        deletedAt: IsNull(),
      });
      if (count >= WEBHOOK_ENDPOINTS_MAX)
        throw badUserInput([
          fieldError('input.url', FieldErrorCode.TOO_MANY, { max: WEBHOOK_ENDPOINTS_MAX }),
        ]);
      const secret = newWebhookSecret();
      const now = this.clock.now();
      const endpoint = manager.create(WebhookEndpoint, {
        id: randomUUID(),
        partnerId: owner.partnerId,
        url: values.url!,
        description: values.description ?? null,
        eventTypes: values.eventTypes!,
        secret,
        secretPrefix: secret.slice(0, 10),
        enabled: true,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
        version: 1,
      });
      await manager.insert(WebhookEndpoint, endpoint);
      await this.record(manager, caller, endpoint, ActivityAction.CREATED, now, [
        { field: 'url', before: null, after: endpoint.url },
        { field: 'eventTypes', before: null, after: endpoint.eventTypes.join(', ') },
      ]);
      return { endpoint, secret };
    });
  }

  /** Changes an endpoint over the version its caller read (CONFLICT when it changed since). */
  async update(
    id: string,
    version: number,
    changes: WebhookEndpointChanges,
    owner: WebhookOwner,
    caller: Caller,
  ): Promise<WebhookEndpoint> {
    return inTransaction(this.dataSource, async (manager) => {
      const endpoint = await this.endpoint(id, owner, manager);
      // The events a partner's endpoint may hear are the partner's to hear, whoever edits it.
      const values = this.checked(changes, { partnerId: endpoint.partnerId, administrator: false });
      const changed = fieldChanges(
        endpoint as unknown as Record<string, unknown>,
        { ...endpoint, ...values } as unknown as Record<string, unknown>,
        EDITABLE,
      );
      if (endpoint.version !== version || changed.length === 0) {
        if (endpoint.version === version) return endpoint;
        throw this.conflict(endpoint, version);
      }
      const now = this.clock.now();
      const written = await manager.update(
        WebhookEndpoint,
        { id, version },
        { ...values, updatedAt: now, version: version + 1 },
      );
      if (!written.affected) throw this.conflict(endpoint, version);
      await this.record(manager, caller, endpoint, ActivityAction.UPDATED, now, changed);
      return manager.findOneByOrFail(WebhookEndpoint, { id });
    });
  }

  /** Deletes an endpoint: nothing more is queued for it, and what was queued is not sent. */
  async delete(id: string, owner: WebhookOwner, caller: Caller): Promise<WebhookEndpoint> {
    return inTransaction(this.dataSource, async (manager) => {
      const endpoint = await this.endpoint(id, owner, manager);
      const now = this.clock.now();
      await manager.update(WebhookEndpoint, { id }, { deletedAt: now, updatedAt: now });
      await this.record(manager, caller, endpoint, ActivityAction.DELETED, now, [
        { field: 'url', before: endpoint.url, after: null },
      ]);
      return manager.findOneByOrFail(WebhookEndpoint, { id });
    });
  }

  /** Queues a `ping` for the endpoint, to try it from the console. */
  async ping(id: string, owner: WebhookOwner): Promise<WebhookDelivery> {
    return inTransaction(this.dataSource, async (manager) => {
      const endpoint = await this.endpoint(id, owner, manager);
      const delivery = queuedDelivery(endpoint.id, {
        id: randomUUID(),
        type: WebhookEventType.PING,
        createdAt: this.clock.now(),
        clientId: null,
        data: { endpointId: endpoint.id },
      });
      await manager.insert(WebhookDelivery, delivery);
      return delivery;
    });
  }

  /** An endpoint's deliveries, newest first, optionally in one state. */
  async deliveries(
    endpoint: WebhookEndpoint,
    args: Page & { status?: WebhookDeliveryStatus | null },
  ): Promise<Connection<WebhookDelivery>> {
    const qb = this.dataSource
      .getRepository(WebhookDelivery)
      .createQueryBuilder('d')
      .where('d.endpoint_id = :endpointId', { endpointId: endpoint.id });
    if (args.status) qb.andWhere('d.status = :status', { status: args.status });
    return keysetPage(this.dataSource, WebhookDelivery, qb, this.newestFirst(WebhookDelivery, 'd'), args);
  }

  /** A delivery's attempts, oldest first. */
  attempts(deliveryId: string): Promise<WebhookAttempt[]> {
    return this.dataSource
      .getRepository(WebhookAttempt)
      .find({ where: { deliveryId }, order: { at: 'ASC' } });
  }

  /**
   * Sends a delivery again, as it was written (same event id and body, a new
   * signature): due now, with its attempts counted afresh. One being sent is
   * left to finish (CONFLICT).
   */
  async replay(id: string, owner: WebhookOwner, caller: Caller): Promise<WebhookDelivery> {
    return inTransaction(this.dataSource, async (manager) => {
      const delivery = await manager.findOneBy(WebhookDelivery, { id });
      if (!delivery) throw notFound();
      const endpoint = await this.endpoint(delivery.endpointId, owner, manager);
      if (!endpoint.enabled)
        throw new AppError(ErrorCode.CONFLICT, { details: { reason: 'ENDPOINT_DISABLED' } });
      const now = this.clock.now();
      const written = await manager
        .createQueryBuilder()
        .update(WebhookDelivery)
        .set({
          status: WebhookDeliveryStatus.PENDING,
          attemptCount: 0,
          nextAttemptAt: now,
          lockedBy: null,
          lockedUntil: null,
        })
        .where('id = :id AND status <> :sending', { id, sending: WebhookDeliveryStatus.SENDING })
        .execute();
      if (!written.affected)
        throw new AppError(ErrorCode.CONFLICT, { details: { reason: 'SENDING', status: delivery.status } });
      await recordActivity(manager, caller, {
        at: now,
        clientId: delivery.clientId,
        entityType: 'WebhookDelivery',
        entityId: delivery.id,
        action: ActivityAction.UPDATED,
        changes: [{ field: 'status', before: delivery.status, after: WebhookDeliveryStatus.PENDING }],
      });
      return manager.findOneByOrFail(WebhookDelivery, { id });
    });
  }

  private reaches(owner: WebhookOwner, endpoint: WebhookEndpoint): boolean {
    return owner.administrator || (owner.partnerId !== null && endpoint.partnerId === owner.partnerId);
  }

  /** The values given, checked and trimmed; refuses them all, field by field, if one is wrong. */
  private checked(input: WebhookEndpointChanges, owner: WebhookOwner): Partial<WebhookEndpoint> {
    const errors: FieldError[] = [];
    const values: Partial<WebhookEndpoint> = {};
    if (input.url !== undefined && input.url !== null) {
      const url = input.url.trim();
      const problem =
        checkWebhookUrl(url, { allowHttp: this.allowPrivateNetwork }) ?? this.insideProblem(url);
      if (problem) errors.push(fieldError('input.url', problem.code, problem.params));
      values.url = url;
    }
    if (input.description !== undefined) {
      const problem = checkOptionalText(input.description, WEBHOOK_DESCRIPTION_MAX);
      if (problem) errors.push(fieldError('input.description', problem.code, problem.params));
      values.description = input.description?.trim() || null;
    }
    if (input.eventTypes !== undefined && input.eventTypes !== null) {
      const types = [...new Set(input.eventTypes)].filter((type) => type !== WebhookEventType.PING);
      // A partner does not read its clients' access lists, so it does not hear about them either.
      const refused = owner.partnerId
        ? types.filter((type) => !PARTNER_WEBHOOK_EVENT_TYPES.includes(type))
        : [];
      if (types.length === 0) errors.push(fieldError('input.eventTypes', FieldErrorCode.REQUIRED));
      else if (refused.length) errors.push(fieldError('input.eventTypes', FieldErrorCode.INVALID_CHOICE));
      values.eventTypes = types;
    }
    if (input.enabled !== undefined && input.enabled !== null) values.enabled = input.enabled;
    if (errors.length) throw badUserInput(errors);
    return values;
  }

  /** An address on this machine or a private network, written as such, is refused at once. */
  private insideProblem(url: string) {
    if (this.allowPrivateNetwork) return null;
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
    const inside = host === 'localhost' || (net.isIP(host) !== 0 && isInsideAddress(host));
    return inside
      ? { code: FieldErrorCode.INVALID_FORMAT, params: { expected: 'https://example.com/webhooks' } }
      : null;
  }

  private conflict(endpoint: WebhookEndpoint, yourVersion: number): AppError {
    return new AppError(ErrorCode.CONFLICT, {
      details: { currentVersion: endpoint.version, yourVersion, changedFields: [] },
    });
  }

  private newestFirst(entity: typeof WebhookEndpoint | typeof WebhookDelivery, alias: string) {
    return {
      sql: `${alias}.created_at`,
      direction: 'DESC' as const,
      instantColumn: this.dataSource.getMetadata(entity).findColumnWithPropertyName('createdAt'),
    };
  }

  private record(
    manager: EntityManager,
    caller: Caller,
    endpoint: WebhookEndpoint,
    action: ActivityAction,
    at: Date,
    changes: { field: string; before: string | null; after: string | null }[],
  ) {
    return recordActivity(manager, caller, {
      at,
      clientId: null,
      entityType: 'WebhookEndpoint',
      entityId: endpoint.id,
      action,
      changes,
    });
  }
}
