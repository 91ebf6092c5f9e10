import { checkIpAddress, checkIpRange, ipInRange, parseCidr, parseIp } from './ip';

describe('IP addresses and ranges', () => {
  it.each([
    '123.542.654.785',
    '256.1.1.1',
    '1.2.3',
    '1.2.3.4.5',
    '010.1.1.1',
    '1.2.3.-4',
    ' ',
    'a.b.c.d',
    '::1::',
    '1:2:3:4:5:6:7:8:9',
    'fe80::1%eth0',
    '12345::',
    '1.2.3.4/33',
  ])('refuses the address %p', (value) => {
    expect(parseIp(value)).toBeNull();
    expect(checkIpAddress(value)).toEqual({ code: 'INVALID_FORMAT', params: { expected: 'IPv4 / IPv6' } });
  });

  it.each([
    '0.0.0.0',
    '203.0.113.7',
    '255.255.255.255',
    '::',
    '::1',
    '2001:db8::8a2e:370:7334',
    '2001:0db8:0000:0000:0000:ff00:0042:8329',
    '::ffff:192.0.2.1',
    'FE80::1',
  ])('accepts the address %p', (value) => expect(checkIpAddress(value)).toBeNull());

  it('accepts ranges, refuses host bits and bad prefixes', () => {
    expect(checkIpRange('203.0.113.0/24')).toBeNull();
    expect(checkIpRange('2001:db8::/32')).toBeNull();
    expect(checkIpRange('203.0.113.7')).toBeNull();
    expect(checkIpRange('203.0.113.7/24')?.code).toBe('INVALID_FORMAT');
    expect(checkIpRange('203.0.113.0/33')?.code).toBe('INVALID_FORMAT');
    expect(checkIpRange('203.0.113.0/024')?.code).toBe('INVALID_FORMAT');
    expect(checkIpRange('123.542.654.785/32')?.code).toBe('INVALID_FORMAT');
    expect(checkIpRange('')?.code).toBe('REQUIRED');
  });

  it('matches addresses against ranges', () => {
    const range = parseCidr('203.0.113.0/24')!;
    expect(ipInRange(parseIp('203.0.113.200')!, range)).toBe(true);
    expect(ipInRange(parseIp('203.0.114.1')!, range)).toBe(false);
    expect(ipInRange(parseIp('::ffff:203.0.113.9')!, range)).toBe(true);
    expect(ipInRange(parseIp('2001:db8:1::5')!, parseCidr('2001:db8::/32')!)).toBe(true);
    expect(ipInRange(parseIp('2001:db9::5')!, parseCidr('2001:db8::/32')!)).toBe(false);
    expect(ipInRange(parseIp('10.1.2.3')!, parseCidr('0.0.0.0/0')!)).toBe(true);
    expect(ipInRange(parseIp('::1')!, parseCidr('0.0.0.0/0')!)).toBe(false);
  });
});
