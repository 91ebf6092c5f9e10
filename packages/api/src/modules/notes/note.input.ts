import { Field, ID, InputType, Int } from 'type-graphql';
import { LIMITS, NoteVisibility, checkOptionalText, checkRequiredText } from '@clientele/shared';
import { Check } from '../../app/validation';

@InputType({ description: 'A new note on a client file.' })
export class CreateNoteInput {
  @Field(() => ID, { description: 'The client.' })
  clientId: string;

  @Check((v: unknown) => checkRequiredText(v, LIMITS.noteBody))
  @Field(() => String, { description: 'The text (plain text, at most 10 000 characters).' })
  body: string;

  @Field(() => NoteVisibility, { defaultValue: NoteVisibility.INTERNAL, description: 'Internal by default.' })
  visibility: NoteVisibility;

  @Field(() => Boolean, { defaultValue: false, description: 'Pin it above the others.' })
  pinned: boolean;

  @Check((v: unknown) => checkOptionalText(v, 100))
  @Field(() => String, {
    nullable: true,
    description: 'A retry with the same key returns the note first created.',
  })
  idempotencyKey?: string | null;
}

@InputType({ description: 'An edit of a note, by its author.' })
export class UpdateNoteInput {
  @Field(() => ID, { description: 'The note.' })
  id: string;

  @Field(() => Int, { description: 'The version read.' })
  version: number;

  @Check((v: unknown) => (v === undefined ? null : checkRequiredText(v, LIMITS.noteBody)))
  @Field(() => String, { nullable: true, description: 'The new text.' })
  body?: string;

  @Field(() => NoteVisibility, { nullable: true, description: 'Who may read it.' })
  visibility?: NoteVisibility;
}

@InputType({ description: 'Pin or unpin a note.' })
export class SetNotePinnedInput {
  @Field(() => ID, { description: 'The note.' })
  id: string;

  @Field(() => Boolean, { description: 'true to pin, false to unpin.' })
  pinned: boolean;
}

@InputType({ description: 'A note to delete.' })
export class DeleteNoteInput {
  @Field(() => ID, { description: 'The note.' })
  id: string;
}
