/**
 * Folds a text for comparison and search: case, accents and runs of spaces do
 * not count, so « Société Générale » and "societe  generale" are one name.
 * Stored beside the original (`nameKey`) so every dialect compares alike.
 */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
