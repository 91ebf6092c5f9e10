import { invalidCertifications, parseCertifications } from './certifications';

describe('certification codes', () => {
  it('are read from a comma-separated text, upper case, each once', () => {
    expect(parseCertifications(' managed-pro, security ;MANAGED-PRO\n, ')).toEqual([
      'MANAGED-PRO',
      'SECURITY',
    ]);
    expect(parseCertifications('')).toEqual([]);
  });

  it('name the codes that would be refused', () => {
    expect(invalidCertifications(['OK-1', 'PAS BON', 'É'])).toEqual(['PAS BON', 'É']);
  });
});
