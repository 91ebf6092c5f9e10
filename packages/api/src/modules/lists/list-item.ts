import { Column, PrimaryColumn, VersionColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { InstantColumn } from '../../app/columns';

/**
 * What every small admin-managed list item has (account groups, industries,
 * branches): a name unique in its list (case and accents aside), an order,
 * and an archived flag so items in use are retired rather than deleted.
 */
@ObjectType()
export abstract class ListItem {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'Stable, opaque identifier.' })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String, { description: 'Name shown in lists and on client files.' })
  name: string;

  /** The folded name; unique per list. */
  @Column({ type: 'varchar', length: 100 })
  nameKey: string;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int, { description: 'Order in pick lists, smallest first.' })
  position: number;

  @Column({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'Retired: kept on the files that use it, no longer offered.' })
  archived: boolean;

  @InstantColumn()
  @Field(() => Date, { description: 'When the item was created.' })
  createdAt: Date;

  @InstantColumn()
  @Field(() => Date, { description: 'When the item last changed.' })
  updatedAt: Date;

  @VersionColumn()
  @Field(() => Int, { description: 'Increases with every change.' })
  version: number;
}
