import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../../app/columns';

/**
 * One password reset request, counted against the address asked for and the
 * address of origin it came from (see `RESET_LIMITS`). Kept in the database,
 * not in memory, so every API instance counts the same requests; rows older
 * than the window are deleted as new ones come.
 */
@Entity('password_reset_request')
@Index('IDX_password_reset_request_key_at', ['keyHash', 'at'])
export class PasswordResetRequest {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** SHA-256 of `email:<address>` or `ip:<address of origin>`: what is counted, not who asked. */
  @Column({ type: 'varchar', length: 64 })
  keyHash: string;

  @Index('IDX_password_reset_request_at')
  @InstantColumn()
  at: Date;
}
