import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Named counters (such as the one behind client codes `C-000001`), advanced
 * inside the caller's transaction so two concurrent creates never get the same
 * number, on MySQL (row lock) as on SQLite (one writer).
 */
@Entity('counter')
export class Counter {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'int' })
  value: number;
}
