import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { ActorType } from '@clientele/shared';
import type { Connection } from '../../app/connection';
import { keysetPage } from '../../app/keyset';
import { Activity } from './activity.entity';
import type { ActivityFilter } from './activity.input';

/** A page of the log, with the scope it was read in: its `actors` are the whole scope's. */
export interface ActivityPage extends Connection<Activity> {
  clientId: string | null;
}

/** Someone in the log; `name` is null for who only appears as acted for (their name is not kept there). */
export interface LoggedActor {
  id: string;
  type: ActorType;
  name: string | null;
}

type Instant = Date | string | number;
/** MAX(at) comes back as a Date or as text, alike within one dialect. */
const instantKey = (value: Instant): string => (value instanceof Date ? value.toISOString() : String(value));

/** Reads the activity log, newest first. */
export class ActivityService {
  constructor(private readonly dataSource: DataSource) {}

  async list(args: {
    clientId?: string | null;
    first?: number | null;
    after?: string | null;
    filter?: ActivityFilter | null;
  }): Promise<ActivityPage> {
    const qb = this.scoped(args.clientId);
    const filter = args.filter;
    if (filter?.actorType) qb.andWhere('a.actor_type = :actorType', { actorType: filter.actorType });
    if (filter?.actorId) {
      qb.andWhere('(a.actor_id = :actorId OR a.on_behalf_of_id = :actorId)', { actorId: filter.actorId });
    }
    if (filter?.actions?.length) qb.andWhere('a.action IN (:...actions)', { actions: filter.actions });
    if (filter?.entityType) qb.andWhere('a.entity_type = :entityType', { entityType: filter.entityType });
    if (filter?.afterClientVersion !== undefined && filter.afterClientVersion !== null) {
      qb.andWhere('a.client_version > :afterClientVersion', {
        afterClientVersion: filter.afterClientVersion,
      });
    }
    const page = await keysetPage(
      this.dataSource,
      Activity,
      qb,
      {
        sql: 'a.at',
        direction: 'DESC',
        instantColumn: this.dataSource.getMetadata(Activity).findColumnWithPropertyName('at'),
      },
      args,
    );
    // Assigned, not spread: a spread would read `totalCount`, and so count what nobody asked to.
    return Object.assign(page, { clientId: args.clientId ?? null });
  }

  /**
   * Everyone with an id in the log (one client's, or all of it): who acted,
   * under the name they last acted with, and who was acted for. The platform
   * itself has no id, and is filtered by its kind instead.
   */
  async actors(clientId: string | null): Promise<LoggedActor[]> {
    const acted = await this.scoped(clientId)
      .select('a.actor_type', 'type')
      .addSelect('a.actor_id', 'id')
      .addSelect('a.actor_name', 'name')
      .addSelect('MAX(a.at)', 'last')
      .andWhere('a.actor_id IS NOT NULL')
      .groupBy('a.actor_type')
      .addGroupBy('a.actor_id')
      .addGroupBy('a.actor_name')
      .getRawMany<{ type: ActorType; id: string; name: string; last: Instant }>();
    const actedFor = await this.scoped(clientId)
      .select('a.on_behalf_of_type', 'type')
      .addSelect('a.on_behalf_of_id', 'id')
      .andWhere('a.on_behalf_of_id IS NOT NULL')
      .groupBy('a.on_behalf_of_type')
      .addGroupBy('a.on_behalf_of_id')
      .getRawMany<{ type: ActorType; id: string }>();

    const found = new Map<string, LoggedActor & { last: string }>();
    for (const row of acted) {
      const key = `${row.type}:${row.id}`;
      const last = instantKey(row.last);
      const known = found.get(key);
      if (!known || last > known.last) found.set(key, { id: row.id, type: row.type, name: row.name, last });
    }
    for (const row of actedFor) {
      const key = `${row.type}:${row.id}`;
      if (!found.has(key)) found.set(key, { id: row.id, type: row.type, name: null, last: '' });
    }
    return [...found.values()].map(({ id, type, name }) => ({ id, type, name }));
  }

  private scoped(clientId: string | null | undefined): SelectQueryBuilder<Activity> {
    const qb = this.dataSource.getRepository(Activity).createQueryBuilder('a');
    if (clientId) qb.andWhere('a.client_id = :clientId', { clientId });
    return qb;
  }
}
