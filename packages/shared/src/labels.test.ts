import { FieldErrorCode } from './errors';
import * as labels from './labels';
import { fieldErrorMessage } from './labels';
import { frenchSpacingSlip } from './typography';

/** Every French text of a table: `{ fr: { KEY: 'text' }, en: … }`, nested or not. */
function frenchTexts(table: unknown): string[] {
  if (typeof table !== 'object' || table === null || !('fr' in table)) return [];
  const walk = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : typeof value === 'object' && value !== null
        ? Object.values(value).flatMap(walk)
        : [];
  return walk((table as { fr: unknown }).fr);
}

describe('French labels and messages', () => {
  it('set French punctuation apart with no-break spaces, like the console’s texts', () => {
    const tables = Object.entries(labels).filter(([, value]) => typeof value === 'object');
    expect(tables.length).toBeGreaterThan(20);
    const texts = tables.flatMap(([name, table]) => frenchTexts(table).map((text) => [name, text]));
    const params = { min: 1, max: 9, value: 'acme', expected: '75001', certification: 'SECURITY' };
    for (const code of Object.values(FieldErrorCode)) {
      texts.push([code, fieldErrorMessage('fr', code, params)]);
      texts.push([code, fieldErrorMessage('fr', code, {})]);
    }
    // Messages made around a value.
    texts.push(['idempotencyKeyReusedMessage', labels.idempotencyKeyReusedMessage.fr('commande-42')]);
    texts.push(['fieldsForbiddenMessage', labels.fieldsForbiddenMessage.fr(['Client.regard'])]);
    expect(texts.filter(([, text]) => frenchSpacingSlip(text!))).toEqual([]);
  });
});
