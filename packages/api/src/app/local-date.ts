import { GraphQLScalarType, Kind } from 'graphql';

/**
 * A calendar date — a renewal, a contract's start — as ISO 8601 writes it,
 * `YYYY-MM-DD`, without a time or a zone (graphql-scalars calls it LocalDate).
 * Any string gets through parsing: the input field's own check then refuses
 * a wrong one field by field, in the caller's language, as every other field.
 */
export const LocalDate = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date, ISO 8601 `YYYY-MM-DD` (no time, no zone).',
  serialize: (value) => {
    if (typeof value === 'string') return value;
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    throw new TypeError('LocalDate: not a date');
  },
  parseValue: (value) => {
    if (typeof value !== 'string') throw new TypeError('LocalDate: expected a YYYY-MM-DD string');
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('LocalDate: expected a YYYY-MM-DD string');
    return ast.value;
  },
});
