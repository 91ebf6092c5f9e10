import type { DataSource } from 'typeorm';
import type { Connection } from '../../app/connection';
import { keysetPage } from '../../app/keyset';
import { Activity } from './activity.entity';
import type { ActivityFilter } from './activity.input';

/** Reads the activity log, newest first. */
export class ActivityService {
  constructor(private readonly dataSource: DataSource) {}

  list(args: {
    clientId?: string | null;
    first?: number | null;
    after?: string | null;
    filter?: ActivityFilter | null;
  }): Promise<Connection<Activity>> {
    const qb = this.dataSource.getRepository(Activity).createQueryBuilder('a');
    if (args.clientId) qb.andWhere('a.client_id = :clientId', { clientId: args.clientId });
    const filter = args.filter;
    if (filter?.actorType) qb.andWhere('a.actor_type = :actorType', { actorType: filter.actorType });
    if (filter?.actorId) {
      qb.andWhere('(a.actor_id = :actorId OR a.on_behalf_of_id = :actorId)', { actorId: filter.actorId });
    }
    if (filter?.actions?.length) qb.andWhere('a.action IN (:...actions)', { actions: filter.actions });
    if (filter?.entityType) qb.andWhere('a.entity_type = :entityType', { entityType: filter.entityType });
    return keysetPage(
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
  }
}
