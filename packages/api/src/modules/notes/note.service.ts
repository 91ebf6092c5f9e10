import { randomUUID } from 'node:crypto';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { ActivityAction, ErrorCode } from '@clientele/shared';
import type { Caller } from '../../app/actor';
import type { Clock } from '../../app/clock';
import { AppError, notFound } from '../../app/errors';
import { recordActivity } from '../activity/activity.service';
import { fieldChanges } from '../activity/field-changes';
import { Client } from '../clients/client.entity';
import { withIdempotency } from '../idempotency/idempotency.service';
import { Note } from './note.entity';
import type { CreateNoteInput, UpdateNoteInput } from './note.input';
import { inTransaction } from '../../app/transaction';

const NOTE_FIELDS = ['body', 'visibility', 'pinned'] as const;

export class NoteService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  private async live(manager: EntityManager, id: string): Promise<Note> {
    const note = await manager.findOneBy(Note, { id, deletedAt: IsNull() });
    if (!note) throw notFound();
    return note;
  }

  /** Notes are changed by whoever wrote them. */
  private assertAuthor(note: Note, caller: Caller): void {
    if (note.authorType !== caller.actor.type || note.authorId !== caller.actor.id) {
      throw new AppError(ErrorCode.FORBIDDEN);
    }
  }

  async create(input: CreateNoteInput, caller: Caller): Promise<Note> {
    const now = this.clock.now();
    return withIdempotency(this.dataSource, caller, 'createNote', input, Note, now, async (manager) => {
      if (!(await manager.existsBy(Client, { id: input.clientId, deletedAt: IsNull() }))) throw notFound();
      const note = manager.create(Note, {
        id: randomUUID(),
        clientId: input.clientId,
        body: input.body.trim(),
        visibility: input.visibility,
        pinned: input.pinned,
        authorType: caller.actor.type,
        authorId: caller.actor.id,
        authorName: caller.actor.name,
        createdAt: now,
        editedAt: null,
        deletedAt: null,
      });
      await manager.insert(Note, note);
      await recordActivity(manager, caller, {
        at: now,
        clientId: note.clientId,
        entityType: 'Note',
        entityId: note.id,
        action: ActivityAction.CREATED,
        changes: fieldChanges(null, note as unknown as Record<string, unknown>, NOTE_FIELDS, 'note.'),
      });
      return manager.findOneByOrFail(Note, { id: note.id });
    });
  }

  async update(input: UpdateNoteInput, caller: Caller): Promise<Note> {
    return inTransaction(this.dataSource, async (manager) => {
      const note = await this.live(manager, input.id);
      this.assertAuthor(note, caller);
      if (note.version !== input.version) {
        throw new AppError(ErrorCode.CONFLICT, {
          details: { currentVersion: note.version, yourVersion: input.version },
        });
      }
      const next = {
        ...note,
        ...(input.body !== undefined && input.body !== null ? { body: input.body.trim() } : {}),
        ...(input.visibility ? { visibility: input.visibility } : {}),
      };
      const changes = fieldChanges(
        note as unknown as Record<string, unknown>,
        next as unknown as Record<string, unknown>,
        NOTE_FIELDS,
        'note.',
      );
      if (changes.length === 0) return note;
      const now = this.clock.now();
      const result = await manager
        .createQueryBuilder()
        .update(Note)
        .set({
          body: next.body,
          visibility: next.visibility,
          ...(next.body !== note.body ? { editedAt: now } : {}),
        })
        .where('id = :id AND version = :version', { id: note.id, version: note.version })
        .execute();
      if (!result.affected) throw new AppError(ErrorCode.CONFLICT);
      await recordActivity(manager, caller, {
        at: now,
        clientId: note.clientId,
        entityType: 'Note',
        entityId: note.id,
        action: ActivityAction.UPDATED,
        changes,
      });
      return manager.findOneByOrFail(Note, { id: note.id });
    });
  }

  async setPinned(id: string, pinned: boolean, caller: Caller): Promise<Note> {
    return inTransaction(this.dataSource, async (manager) => {
      const note = await this.live(manager, id);
      if (note.pinned === pinned) return note;
      await manager.update(Note, { id }, { pinned });
      await recordActivity(manager, caller, {
        at: this.clock.now(),
        clientId: note.clientId,
        entityType: 'Note',
        entityId: id,
        action: pinned ? ActivityAction.PINNED : ActivityAction.UNPINNED,
        changes: [{ field: 'note.pinned', before: String(note.pinned), after: String(pinned) }],
      });
      return manager.findOneByOrFail(Note, { id });
    });
  }

  async delete(id: string, caller: Caller): Promise<Note> {
    return inTransaction(this.dataSource, async (manager) => {
      const note = await this.live(manager, id);
      this.assertAuthor(note, caller);
      const deletedAt = this.clock.now();
      await manager.update(Note, { id }, { deletedAt });
      await recordActivity(manager, caller, {
        at: deletedAt,
        clientId: note.clientId,
        entityType: 'Note',
        entityId: id,
        action: ActivityAction.DELETED,
        changes: fieldChanges(note as unknown as Record<string, unknown>, null, ['body'], 'note.'),
      });
      return { ...note, deletedAt };
    });
  }
}
