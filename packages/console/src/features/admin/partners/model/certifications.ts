/** Certification codes as the API stores them: trimmed, upper case, each once. */
export function parseCertifications(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;\n]/)
        .map((code) => code.trim().toUpperCase())
        .filter(Boolean),
    ),
  ];
}

/** A code the API would take: letters, digits and dashes, at most 40 characters. */
export const isCertificationCode = (code: string): boolean => /^[A-Z0-9][A-Z0-9_-]{0,39}$/.test(code);

/** The codes of a list that would not be accepted, to name them under the field. */
export const invalidCertifications = (codes: readonly string[]): string[] =>
  codes.filter((code) => !isCertificationCode(code));
