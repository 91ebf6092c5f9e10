import { Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { InstantColumn } from '../../app/columns';

/** A service plan a client subscribes to; a partner may sell it only with the certification it requires. */
@Entity('service_plan')
@ObjectType({ description: 'A service plan.' })
export class ServicePlan {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'Stable, opaque identifier.' })
  id: string;

  @Index('UQ_service_plan_code', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  @Field(() => String, { description: 'Short unique code (MANAGED-PRO).' })
  code: string;

  @Column({ type: 'varchar', length: 120 })
  @Field(() => String, { description: 'Name shown in pick lists.' })
  name: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Certification a partner needs to sell it; none: any partner.',
  })
  requiredCertification: string | null;

  @Column({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'Retired: no longer offered.' })
  archived: boolean;

  @InstantColumn()
  createdAt: Date;

  // Plans made before versioning start at 1, like every new one.
  @VersionColumn({ default: 1 })
  @Field(() => Int, { description: 'Increases with every change.' })
  version: number;
}
