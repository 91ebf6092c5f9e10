import { describeUserAgent, displayIp } from './session-display';

describe('describeUserAgent', () => {
  it.each([
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36 Edg/130.0',
      { browser: 'Edge', system: 'Windows' },
    ],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
      { browser: 'Safari', system: 'macOS' },
    ],
    [
      'Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0',
      { browser: 'Firefox', system: 'Linux' },
    ],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/130.0 Mobile/15E148 Safari/604.1',
      { browser: 'Chrome', system: 'iOS' },
    ],
    ['Clientele-Mobile/2.1 (Android 15)', { browser: null, system: 'Android' }],
    [null, { browser: null, system: null }],
  ])('reads %s', (agent, expected) => {
    expect(describeUserAgent(agent)).toEqual(expected);
  });
});

describe('displayIp', () => {
  it('shows an IPv4 address seen over IPv6 as IPv4, and leaves the rest', () => {
    expect(displayIp('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(displayIp('2001:db8::1')).toBe('2001:db8::1');
    expect(displayIp('198.51.100.9')).toBe('198.51.100.9');
    expect(displayIp(null)).toBeNull();
  });
});
