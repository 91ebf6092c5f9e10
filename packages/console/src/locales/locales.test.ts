import { frenchSpacingSlip } from '@clientele/shared';
import { resources } from './resources';

type Tree = { [key: string]: string | Tree };

/** Every key path of a translation tree: `list.title`, `provinces.QC`… */
function keyPaths(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keyPaths(value, `${prefix}${key}.`),
  );
}

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`),
  );
}

const languages = Object.keys(resources) as (keyof typeof resources)[];

describe('translations', () => {
  it('ship the same namespaces in every language', () => {
    const [first, ...others] = languages.map((language) => Object.keys(resources[language]).sort());
    for (const namespaces of others) expect(namespaces).toEqual(first);
  });

  const namespaces = Object.keys(resources.en) as (keyof (typeof resources)['en'])[];

  it.each(namespaces)('have the same keys in French and English (%s)', (namespace) => {
    const fr = new Set(keyPaths(resources.fr[namespace] as Tree));
    const en = new Set(keyPaths(resources.en[namespace] as Tree));
    expect([...fr].filter((key) => !en.has(key))).toEqual([]);
    expect([...en].filter((key) => !fr.has(key))).toEqual([]);
  });

  it.each(namespaces)('leave no text empty (%s)', (namespace) => {
    for (const language of languages) {
      const empty = leaves(resources[language][namespace] as Tree).filter(([, text]) => text.trim() === '');
      expect(empty).toEqual([]);
    }
  });

  it.each(namespaces)('use the same {{placeholders}} in both languages (%s)', (namespace) => {
    const placeholders = (text: string) =>
      [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();
    const fr = new Map(leaves(resources.fr[namespace] as Tree));
    for (const [key, text] of leaves(resources.en[namespace] as Tree)) {
      expect([key, placeholders(fr.get(key) ?? '')]).toEqual([key, placeholders(text)]);
    }
  });

  // Both languages write the typographic apostrophe (’), not the typewriter one.
  it.each(namespaces)('write apostrophes as ’ (%s)', (namespace) => {
    for (const lang of ['fr', 'en'] as const) {
      const straight = leaves(resources[lang][namespace] as Tree).filter(([, text]) =>
        /\p{L}'\p{L}/u.test(text),
      );
      expect([lang, straight]).toEqual([lang, []]);
    }
  });

  // French sets ? ! ; : and guillemets apart with no-break spaces (the rule is the shared package's).
  it.each(namespaces)('set French punctuation apart with no-break spaces (%s)', (namespace) => {
    const slips = leaves(resources.fr[namespace] as Tree).filter(([, text]) => frenchSpacingSlip(text));
    expect(slips).toEqual([]);
  });
});
