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

  // French sets ? ! and ; apart with a narrow no-break space, : and the inside of guillemets with a
  // no-break space (so a line never starts with one). A plain space, or none, is a slip. A colon with
  // no space at all is left alone: it is a time or an address, not punctuation.
  it.each(namespaces)('set French punctuation apart with no-break spaces (%s)', (namespace) => {
    const slips = leaves(resources.fr[namespace] as Tree).filter(
      ([, text]) =>
        /(?<![\u202f?!…])[?!;](?=\s|$|»)/u.test(text) ||
        /[ \u202f]:/u.test(text) ||
        /«(?!\u00a0)|(?<!\u00a0)»/u.test(text),
    );
    expect(slips).toEqual([]);
  });
});
