import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  ActivityAction,
  ErrorCode,
  FieldErrorCode,
  checkClientListView,
  foldText,
  type ClientListView,
} from '@clientele/shared';
import type { Caller } from '../../app/actor';
import type { Clock } from '../../app/clock';
import { isUniqueViolation } from '../../app/db-errors';
import { AppError, badUserInput, fieldError, notFound } from '../../app/errors';
import { inTransaction } from '../../app/transaction';
import { recordActivity } from '../activity/activity.service';
import { withIdempotency } from '../idempotency/idempotency.service';
import { SavedView } from './saved-view.entity';
import type { CreateSavedViewInput, UpdateSavedViewInput } from './saved-view.input';

/** How many views one person may keep: a menu, not an archive. */
export const MAX_SAVED_VIEWS = 50;

/** The view checked by the shared rules, or every refusal at `input.view.<path>`. */
function readView(raw: unknown): ClientListView {
  const { view, issues } = checkClientListView(raw);
  if (view) return view;
  throw badUserInput(
    issues.map((found) =>
      fieldError(found.path ? `input.view.${found.path}` : 'input.view', found.code, found.params),
    ),
  );
}

const nameTaken = (name: string) =>
  badUserInput([fieldError('input.name', FieldErrorCode.ALREADY_TAKEN, { value: name })]);

/**
 * Saved views of the client list. Each belongs to the staff member who saved
 * it: another's view is "not found", so nobody learns what others keep.
 */
export class SavedViewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  list(ownerId: string): Promise<SavedView[]> {
    return this.dataSource.getRepository(SavedView).find({ where: { ownerId }, order: { nameKey: 'ASC' } });
  }

  private async own(manager: EntityManager, ownerId: string, id: string): Promise<SavedView> {
    const view = await manager.findOneBy(SavedView, { id, ownerId });
    if (!view) throw notFound();
    return view;
  }

  async create(ownerId: string, input: CreateSavedViewInput, caller: Caller): Promise<SavedView> {
    const view = readView(input.view);
    const name = input.name.trim();
    const now = this.clock.now();
    return withIdempotency(
      this.dataSource,
      caller,
      'createSavedView',
      input,
      SavedView,
      now,
      async (manager) => {
        if ((await manager.countBy(SavedView, { ownerId })) >= MAX_SAVED_VIEWS) {
          throw badUserInput([fieldError('input.name', FieldErrorCode.TOO_MANY, { max: MAX_SAVED_VIEWS })]);
        }
        const nameKey = foldText(name);
        if (await manager.existsBy(SavedView, { ownerId, nameKey })) throw nameTaken(name);
        const saved = manager.create(SavedView, {
          id: randomUUID(),
          ownerId,
          name,
          nameKey,
          view,
          createdAt: now,
          updatedAt: now,
        });
        try {
          await manager.insert(SavedView, saved);
        } catch (error) {
          if (isUniqueViolation(error)) throw nameTaken(name);
          throw error;
        }
        await recordActivity(manager, caller, {
          at: now,
          clientId: null,
          entityType: 'SavedView',
          entityId: saved.id,
          action: ActivityAction.CREATED,
          changes: [{ field: 'savedView.name', before: null, after: name }],
        });
        return manager.findOneByOrFail(SavedView, { id: saved.id });
      },
    );
  }

  async update(ownerId: string, input: UpdateSavedViewInput, caller: Caller): Promise<SavedView> {
    const view = input.view === undefined || input.view === null ? null : readView(input.view);
    return inTransaction(this.dataSource, async (manager) => {
      const saved = await this.own(manager, ownerId, input.id);
      if (saved.version !== input.version) {
        throw new AppError(ErrorCode.CONFLICT, {
          details: { currentVersion: saved.version, yourVersion: input.version },
        });
      }
      const name = input.name?.trim() ?? saved.name;
      const nameKey = foldText(name);
      const renamed = name !== saved.name;
      const changed = view !== null && JSON.stringify(view) !== JSON.stringify(saved.view);
      if (!renamed && !changed) return saved;
      if (nameKey !== saved.nameKey && (await manager.existsBy(SavedView, { ownerId, nameKey }))) {
        throw nameTaken(name);
      }
      const now = this.clock.now();
      try {
        const result = await manager
          .createQueryBuilder()
          .update(SavedView)
          .set({ name, nameKey, ...(view ? { view } : {}), updatedAt: now })
          .where('id = :id AND version = :version', { id: saved.id, version: saved.version })
          .execute();
        if (!result.affected) throw new AppError(ErrorCode.CONFLICT);
      } catch (error) {
        if (isUniqueViolation(error)) throw nameTaken(name);
        throw error;
      }
      await recordActivity(manager, caller, {
        at: now,
        clientId: null,
        entityType: 'SavedView',
        entityId: saved.id,
        action: ActivityAction.UPDATED,
        changes: [
          ...(renamed ? [{ field: 'savedView.name', before: saved.name, after: name }] : []),
          ...(changed
            ? [{ field: 'savedView.view', before: JSON.stringify(saved.view), after: JSON.stringify(view) }]
            : []),
        ],
      });
      return manager.findOneByOrFail(SavedView, { id: saved.id });
    });
  }

  async delete(ownerId: string, id: string, caller: Caller): Promise<SavedView> {
    return inTransaction(this.dataSource, async (manager) => {
      const saved = await this.own(manager, ownerId, id);
      await manager.delete(SavedView, { id });
      await recordActivity(manager, caller, {
        at: this.clock.now(),
        clientId: null,
        entityType: 'SavedView',
        entityId: id,
        action: ActivityAction.DELETED,
        changes: [{ field: 'savedView.name', before: saved.name, after: null }],
      });
      return saved;
    });
  }
}
