import { registerDecorator } from 'class-validator';
import type { FieldCheck, FieldIssue } from '@clientele/shared';

/**
 * Runs a shared validator (the very function the console runs) as a
 * class-validator rule on an input field. class-validator only carries strings,
 * so the issue travels JSON-encoded in the message and `formatError` decodes it
 * into a code and a message in the caller's language. A check may look at the
 * rest of the object (a postal code depends on the country).
 */
export function Check<T extends object = Record<string, unknown>>(
  check: FieldCheck | ((value: unknown, object: T) => FieldIssue | null),
): PropertyDecorator {
  return (target, propertyKey) => {
    registerDecorator({
      name: check.name || 'check',
      target: target.constructor,
      propertyName: String(propertyKey),
      validator: {
        validate: (value: unknown, args) => check(value, args?.object as T) === null,
        defaultMessage: (args) => encodeIssue(check(args?.value, args?.object as T)),
      },
    });
  };
}

const PREFIX = 'issue:';

function encodeIssue(issue: FieldIssue | null): string {
  return PREFIX + JSON.stringify(issue);
}

export function decodeIssue(message: string): FieldIssue | null {
  if (!message.startsWith(PREFIX)) return null;
  try {
    return JSON.parse(message.slice(PREFIX.length)) as FieldIssue | null;
  } catch {
    return null;
  }
}
