import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { ClientListView } from '@clientele/shared';
import { IdColumn, InstantColumn } from '../../app/columns';
import { User } from '../users/user.entity';

/**
 * A view of the client list a staff member named to come back to: their own,
 * seen by nobody else. The view is JSON checked by the shared
 * `checkClientListView`, so the console reads back exactly what it saved.
 */
@Entity('saved_view')
// One name per person, case and accents aside; the same index lists them by name.
@Index('UQ_saved_view_owner_name', ['ownerId', 'nameKey'], { unique: true })
@ObjectType({ description: 'A named view of the client list, kept for the staff member who saved it.' })
export class SavedView {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'Stable, opaque identifier.' })
  id: string;

  @IdColumn()
  ownerId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: User;

  @Column({ type: 'varchar', length: 80 })
  @Field(() => String, { description: 'The name its owner gave it (at most 80 characters).' })
  name: string;

  /** The folded name: unique per owner. */
  @Column({ type: 'varchar', length: 80 })
  nameKey: string;

  @Column({
    type: 'text',
    transformer: {
      to: (value: ClientListView | undefined) => (value === undefined ? undefined : JSON.stringify(value)),
      from: (value: string | null) => (value ? (JSON.parse(value) as ClientListView) : null),
    },
  })
  @Field(() => GraphQLJSONObject, {
    description:
      'The view: `{ search, filter: { status, kind, lifecycle, tier, health, accountOwnerId, partnerId, accountGroupId, industryId, tag, renewalFrom, renewalTo }, sort: { field, direction }, columns }`, as checked on save.',
  })
  view: ClientListView;

  @InstantColumn()
  @Field(() => Date, { description: 'When it was saved first.' })
  createdAt: Date;

  @InstantColumn()
  @Field(() => Date, { description: 'When it was last renamed or changed.' })
  updatedAt: Date;

  @VersionColumn()
  @Field(() => Int, { description: 'Increases with every change; send it back with an update.' })
  version: number;
}
