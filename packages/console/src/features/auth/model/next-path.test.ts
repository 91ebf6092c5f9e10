import { safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it('returns to the page the person was headed to, query string included', () => {
    expect(safeNextPath('/clients/42/terms')).toBe('/clients/42/terms');
    expect(safeNextPath('/clients?q=acme&page=2')).toBe('/clients?q=acme&page=2');
  });

  it('refuses anything outside the console', () => {
    expect(safeNextPath('https://evil.example/')).toBe('/clients');
    expect(safeNextPath('//evil.example/')).toBe('/clients');
    expect(safeNextPath('/\\evil.example')).toBe('/clients');
    expect(safeNextPath('javascript:alert(1)')).toBe('/clients');
  });

  it('does not send the person back to a sign-in page', () => {
    expect(safeNextPath('/sign-in?next=/clients')).toBe('/clients');
    expect(safeNextPath('/sign-out')).toBe('/clients');
    expect(safeNextPath(null)).toBe('/clients');
  });
});
