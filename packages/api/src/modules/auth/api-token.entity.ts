import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { ActorType } from '@clientele/shared';
import { EnumColumn, IdColumn, InstantColumn } from '../../app/columns';

export enum ApiTokenScope {
  READ = 'READ',
  READ_WRITE = 'READ_WRITE',
}

registerEnumType(ApiTokenScope, {
  name: 'ApiTokenScope',
  description: 'What a program holding the token may do.',
  valuesConfig: {
    READ: { description: 'Queries only.' },
    READ_WRITE: { description: 'Queries and mutations, within its owner’s role.' },
  },
});

/**
 * A token for a program (a partner's dashboard): named, read or read-write,
 * acting within its owner's rights; shown once, stored hashed, revocable.
 */
@Entity('api_token')
@ObjectType({ description: 'An API token for a program.' })
export class ApiToken {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'Stable, opaque identifier.' })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String, { description: 'What the token is for (“Tableau de bord Acme”).' })
  name: string;

  @EnumColumn()
  @Field(() => ApiTokenScope, { description: 'Read, or read and write.' })
  scope: ApiTokenScope;

  @Index('UQ_api_token_hash', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  /** The first characters of the token, to recognise it in a list. */
  @Column({ type: 'varchar', length: 12 })
  @Field(() => String, { description: 'The start of the token, to recognise it (ct_AbC…).' })
  prefix: string;

  /** STAFF (a staff user) or PARTNER (a partner user, for its dashboard). */
  @EnumColumn()
  ownerType: ActorType;

  @Index('IDX_api_token_owner')
  @IdColumn()
  @Field(() => ID, { description: 'The user whose rights the token uses.' })
  ownerId: string;

  @InstantColumn()
  @Field(() => Date, { description: 'When it was created.' })
  createdAt: Date;

  @InstantColumn({ nullable: true })
  @Field(() => Date, { nullable: true, description: 'When a program last used it (to the minute).' })
  lastUsedAt: Date | null;

  @InstantColumn({ nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was revoked; it opens nothing since.' })
  revokedAt: Date | null;
}
