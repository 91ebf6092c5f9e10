import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { checkOptionalText, checkRequiredText } from '@clientele/shared';
import { Check } from '../../app/validation';

/** The longest name a saved view may have. */
export const SAVED_VIEW_NAME_MAX = 80;

@InputType({ description: 'A new saved view of the client list.' })
export class CreateSavedViewInput {
  @Check((v: unknown) => checkRequiredText(v, SAVED_VIEW_NAME_MAX))
  @Field(() => String, { description: 'Its name, unique among your views (case and accents aside).' })
  name: string;

  @Field(() => GraphQLJSONObject, {
    description: 'The view (see `SavedView.view`); refused field by field at `input.view.…` when unreadable.',
  })
  view: Record<string, unknown>;

  @Check((v: unknown) => checkOptionalText(v, 100))
  @Field(() => String, {
    nullable: true,
    description: 'Any unique string: a retry with the same key returns the view the first call saved.',
  })
  idempotencyKey?: string | null;
}

@InputType({ description: 'A saved view renamed, or given a new view; omitted fields stay as they are.' })
export class UpdateSavedViewInput {
  @Field(() => ID, { description: 'The saved view.' })
  id: string;

  @Field(() => Int, { description: 'The version read; a newer one on the server refuses with CONFLICT.' })
  version: number;

  @Check((v: unknown) => (v === undefined || v === null ? null : checkRequiredText(v, SAVED_VIEW_NAME_MAX)))
  @Field(() => String, { nullable: true, description: 'The new name.' })
  name?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The new view.' })
  view?: Record<string, unknown> | null;
}

@InputType({ description: 'A saved view to delete.' })
export class DeleteSavedViewInput {
  @Field(() => ID, { description: 'The saved view.' })
  id: string;
}
