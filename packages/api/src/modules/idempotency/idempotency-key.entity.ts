import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../../app/columns';

/**
 * A create that carried an `idempotencyKey`: a retry with the same key by the
 * same actor returns what the first one created instead of creating again, for
 * 24 hours (`IDEMPOTENCY_TTL_MS`).
 */
@Entity('idempotency_key')
@Index('UQ_idempotency_key', ['scope', 'key'], { unique: true })
export class IdempotencyKey {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** Operation and actor: `createClient:STAFF:<user id>`. */
  @Column({ type: 'varchar', length: 120 })
  scope: string;

  @Column({ type: 'varchar', length: 100 })
  key: string;

  @Column({ type: 'varchar', length: 36 })
  resultId: string;

  /**
   * SHA-256 of the request the key first came with (`fingerprintOf`): the same
   * key with another request is refused rather than answered with the first's
   * result. Null for keys remembered before it was kept: those match any request.
   */
  @Column({ type: 'varchar', length: 64, nullable: true })
  fingerprint: string | null;

  @InstantColumn()
  createdAt: Date;
}
