import { Column, type ColumnOptions } from 'typeorm';

/**
 * Column shapes that must read back alike on MySQL and SQLite.
 */

/** Instants with millisecond precision (`datetime(3)`), always UTC. */
export const InstantColumn = (options: ColumnOptions = {}) =>
  Column({ type: 'datetime', precision: 3, ...options });

/** Enum values as short strings: a new value needs no ALTER TABLE. */
export const EnumColumn = (options: ColumnOptions = {}) =>
  Column({ type: 'varchar', length: 32, ...options });

/** Calendar dates, read back as `YYYY-MM-DD` strings on both dialects. */
export const DateColumn = (options: ColumnOptions = {}) =>
  Column({
    type: 'date',
    nullable: true,
    transformer: {
      to: (value: string | null | undefined) => value,
      from: (value: string | Date | null) =>
        value instanceof Date ? value.toISOString().slice(0, 10) : (value ?? null),
    },
    ...options,
  });

/**
 * Decimal amounts, read back as fixed-scale strings (`"1500.00"`): MySQL
 * returns strings, SQLite numbers; neither may become a float in our hands.
 */
export const DecimalColumn = (precision: number, scale: number, options: ColumnOptions = {}) =>
  Column({
    type: 'decimal',
    precision,
    scale,
    nullable: true,
    transformer: {
      to: (value: string | null | undefined) => value,
      from: (value: string | number | null) =>
        value === null || value === undefined ? null : Number(value).toFixed(scale),
    },
    ...options,
  });

/** Foreign-key ids: UUIDs. */
export const IdColumn = (options: ColumnOptions = {}) => Column({ type: 'varchar', length: 36, ...options });
