/**
 * French sets ? ! and ; apart with a narrow no-break space (U+202F), and : and
 * the inside of guillemets with a no-break space (U+00A0), so a line never
 * starts with one. A plain space, or none, is a slip. A colon with no space at
 * all is left alone: it is a time or an address, not punctuation.
 */
export function frenchSpacingSlip(text: string): boolean {
  return (
    /(?<![\u202f?!…])[?!;](?=\s|$|»)/u.test(text) ||
    /[ \u202f]:/u.test(text) ||
    /«(?!\u00a0)|(?<!\u00a0)»/u.test(text)
  );
}
