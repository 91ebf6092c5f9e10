/** Whether a write failed on a unique index, on MySQL/MariaDB or SQLite. */
export function isUniqueViolation(error: unknown): boolean {
  const code =
    (error as { driverError?: { code?: string } })?.driverError?.code ?? (error as { code?: string })?.code;
  return (
    code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}
