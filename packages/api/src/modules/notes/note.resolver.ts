import { Arg, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { MAX_NESTED_LIST, nestedListSize } from '../../app/connection';
import { callerOf, type GraphQLContext } from '../../app/context';
import { Client } from '../clients/client.entity';
import { Note } from './note.entity';
import { CreateNoteInput, DeleteNoteInput, SetNotePinnedInput, UpdateNoteInput } from './note.input';

@ObjectType({ description: 'The result of a mutation on a note.' })
export class NotePayload {
  @Field(() => Note, { description: 'The note as it now is.' })
  note: Note;
}

@Resolver(() => Client)
export class ClientNotesResolver {
  @FieldResolver(() => [Note], {
    description: `Notes, pinned first, then newest first: the first \`first\` (at most ${MAX_NESTED_LIST}, and that many when omitted).`,
  })
  notes(
    @Root() client: Client,
    @Ctx() { loaders, partner }: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, description: `How many notes, 1–${MAX_NESTED_LIST}.` })
    first: number | null,
  ) {
    // A partner reads the notes shared with it, never the internal ones.
    return loaders.firstNotes(nestedListSize(first), Boolean(partner)).load(client.id);
  }

  @FieldResolver(() => Int, { description: 'How many notes the client has.' })
  noteCount(@Root() client: Client, @Ctx() { loaders }: GraphQLContext) {
    return loaders.noteCount.load(client.id);
  }
}

@Resolver(() => Note)
export class NoteResolver {
  @Mutation(() => NotePayload, { description: 'Adds a note to a client file.' })
  async createNote(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => CreateNoteInput, { description: 'The note.' }) input: CreateNoteInput,
  ): Promise<NotePayload> {
    return { note: await context.services.notes.create(input, callerOf(context)) };
  }

  @Mutation(() => NotePayload, { description: 'Edits a note (its author only).' })
  async updateNote(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => UpdateNoteInput, { description: 'The changes, with the version read.' })
    input: UpdateNoteInput,
  ): Promise<NotePayload> {
    return { note: await context.services.notes.update(input, callerOf(context)) };
  }

  @Mutation(() => NotePayload, { description: 'Pins or unpins a note.' })
  async setNotePinned(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => SetNotePinnedInput, { description: 'The note and its new state.' })
    input: SetNotePinnedInput,
  ): Promise<NotePayload> {
    return { note: await context.services.notes.setPinned(input.id, input.pinned, callerOf(context)) };
  }

  @Mutation(() => NotePayload, { description: 'Deletes a note (its author only).' })
  async deleteNote(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => DeleteNoteInput, { description: 'The note.' }) input: DeleteNoteInput,
  ): Promise<NotePayload> {
    return { note: await context.services.notes.delete(input.id, callerOf(context)) };
  }
}
