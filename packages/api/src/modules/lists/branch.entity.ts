import { Column, Entity, Index } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { ListItem } from './list-item';

/** One of the operator's sites; a contact's access may be limited to one. */
@Entity('branch')
@Index('UQ_branch_name_key', ['nameKey'], { unique: true })
@ObjectType({ description: "One of the operator's sites (succursale)." })
export class Branch extends ListItem {
  @Column({ type: 'varchar', length: 120, nullable: true })
  @Field(() => String, { nullable: true, description: 'City of the site.' })
  city: string | null;
}
