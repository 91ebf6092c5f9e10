import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { type ActorType } from '@clientele/shared';
import { EnumColumn, IdColumn, InstantColumn } from '../../app/columns';

export enum SessionKind {
  /** Held by the console in an httpOnly cookie. */
  COOKIE = 'COOKIE',
  /** Held by an app that cannot keep cookies, sent as `Authorization: Bearer`. */
  BEARER = 'BEARER',
}

registerEnumType(SessionKind, {
  name: 'SessionKind',
  description: 'How a session is carried.',
  valuesConfig: {
    COOKIE: { description: 'An httpOnly cookie, for the console.' },
    BEARER: { description: 'A bearer token, for mobile apps.' },
  },
});

/** A signed-in session. Only the token's hash is stored. */
@Entity('session')
@Index('IDX_session_principal', ['principalType', 'principalId'])
@ObjectType({ description: 'A signed-in session (a browser or an app).' })
export class Session {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'Stable, opaque identifier.' })
  id: string;

  @Index('UQ_session_token_hash', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @EnumColumn()
  principalType: ActorType;

  @IdColumn()
  principalId: string;

  @EnumColumn()
  @Field(() => SessionKind, { description: 'Cookie (console) or bearer (app).' })
  kind: SessionKind;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'Browser or app that opened it.' })
  userAgent: string | null;

  @Column({ type: 'varchar', length: 45, nullable: true })
  @Field(() => String, { nullable: true, description: 'Address it was opened from.' })
  ip: string | null;

  @InstantColumn()
  @Field(() => Date, { description: 'When it was opened.' })
  createdAt: Date;

  @InstantColumn()
  @Field(() => Date, { description: 'When it was last used (to the minute).' })
  lastSeenAt: Date;

  @InstantColumn()
  @Field(() => Date, { description: 'When it ends unless used again.' })
  expiresAt: Date;

  @InstantColumn({ nullable: true })
  revokedAt: Date | null;

  /** When an administrator acts as a client contact: the administrator (seed 003). */
  @IdColumn({ nullable: true })
  actingForUserId: string | null;

  /** The access an acting session looks through, so coming back is recorded on the same file. */
  @IdColumn({ nullable: true })
  actingGrantId: string | null;
}
