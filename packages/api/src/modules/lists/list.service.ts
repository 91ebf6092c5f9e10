import { randomUUID } from 'node:crypto';
import { Not, type DataSource, type EntityTarget } from 'typeorm';
import { ActivityAction, ErrorCode, FieldErrorCode, foldText } from '@clientele/shared';
import type { Caller } from '../../app/actor';
import type { Clock } from '../../app/clock';
import { AppError, badUserInput, fieldError, notFound } from '../../app/errors';
import { recordActivity } from '../activity/activity.service';
import { fieldChanges } from '../activity/field-changes';
import { withIdempotency } from '../idempotency/idempotency.service';
import { AccountGroup } from './account-group.entity';
import { Branch } from './branch.entity';
import { Industry } from './industry.entity';
import type { ListItem } from './list-item';
import type { CreateListItemInput, UpdateListItemInput } from './list.input';
import { inTransaction } from '../../app/transaction';

/** The admin-managed lists, by the name their mutations and activity use. */
export const LISTS = { AccountGroup, Industry, Branch } as const;
export type ListName = keyof typeof LISTS;

const FIELDS = ['name', 'position', 'archived', 'city'];

/** One service for the small lists: they share every rule (unique names, archive rather than delete). */
export class ListService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  list<T extends ListItem>(entity: EntityTarget<T>, includeArchived: boolean): Promise<T[]> {
    return this.dataSource.getRepository(entity).find({
      where: includeArchived ? {} : ({ archived: false } as never),
      order: { position: 'ASC', nameKey: 'ASC' } as never,
    });
  }

  async create(list: ListName, input: CreateListItemInput, caller: Caller): Promise<ListItem> {
    const entity = LISTS[list] as EntityTarget<ListItem & { city?: string | null }>;
    const now = this.clock.now();
    return withIdempotency(this.dataSource, caller, `create${list}`, input, entity, now, async (manager) => {
      const name = input.name.trim().replace(/\s+/g, ' ');
      const nameKey = foldText(name);
      if (await manager.existsBy(entity, { nameKey })) {
        throw badUserInput([fieldError('input.name', FieldErrorCode.ALREADY_TAKEN, { value: name })]);
      }
      const last = await manager.getRepository(entity).maximum('position');
      const item = manager.create(entity, {
        id: randomUUID(),
        name,
        nameKey,
        position: input.position ?? (last ?? 0) + 1,
        archived: false,
        createdAt: now,
        updatedAt: now,
        ...(list === 'Branch' ? { city: input.city?.trim() || null } : {}),
      });
      await manager.insert(entity, item);
      await recordActivity(manager, caller, {
        at: now,
        clientId: null,
        entityType: list,
        entityId: item.id,
        action: ActivityAction.CREATED,
        changes: fieldChanges(null, item as unknown as Record<string, unknown>, FIELDS),
      });
      return manager.findOneByOrFail(entity, { id: item.id });
    });
  }

  async update(list: ListName, input: UpdateListItemInput, caller: Caller): Promise<ListItem> {
    const entity = LISTS[list] as EntityTarget<ListItem & { city?: string | null }>;
    return inTransaction(this.dataSource, async (manager) => {
      const current = await manager.findOneBy(entity, { id: input.id });
      if (!current) throw notFound();
      if (current.version !== input.version) {
        throw new AppError(ErrorCode.CONFLICT, {
          details: { currentVersion: current.version, yourVersion: input.version },
        });
      }
      const values: Partial<ListItem & { city: string | null }> = {};
      if (input.name) {
        values.name = input.name.trim().replace(/\s+/g, ' ');
        values.nameKey = foldText(values.name);
        if (await manager.existsBy(entity, { nameKey: values.nameKey, id: Not(current.id) })) {
          throw badUserInput([
            fieldError('input.name', FieldErrorCode.ALREADY_TAKEN, { value: values.name }),
          ]);
        }
      }
      if (input.position !== undefined && input.position !== null) values.position = input.position;
      if (input.archived !== undefined && input.archived !== null) values.archived = input.archived;
      if (list === 'Branch' && input.city !== undefined) values.city = input.city?.trim() || null;
      const changes = fieldChanges(
        current as unknown as Record<string, unknown>,
        { ...current, ...values } as unknown as Record<string, unknown>,
        FIELDS,
      );
      if (changes.length === 0) return current;
      const now = this.clock.now();
      await manager.update(entity, { id: current.id }, { ...values, updatedAt: now });
      await recordActivity(manager, caller, {
        at: now,
        clientId: null,
        entityType: list,
        entityId: current.id,
        action: ActivityAction.UPDATED,
        changes,
      });
      return manager.findOneByOrFail(entity, { id: current.id });
    });
  }
}
