/* How a session is shown: what browser or app it is, and from where. */
/** What a person recognises of a browser or app: "Firefox on Windows", not its user-agent string. */
export interface DescribedAgent {
  browser: string | null;
  system: string | null;
}

// Order matters: Edge and Opera say "Chrome" too, and Chrome says "Safari".
const BROWSERS: [RegExp, string][] = [
  [/Edg(?:e|A|iOS)?\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/Chrom(?:e|ium)\/|CriOS\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];

const SYSTEMS: [RegExp, string][] = [
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Android/, 'Android'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];

const first = (agent: string, table: [RegExp, string][]): string | null =>
  table.find(([pattern]) => pattern.test(agent))?.[1] ?? null;

export function describeUserAgent(agent: string | null | undefined): DescribedAgent {
  if (!agent) return { browser: null, system: null };
  return { browser: first(agent, BROWSERS), system: first(agent, SYSTEMS) };
}

/** An address as people write it: an IPv4 address the server saw over IPv6 (`::ffff:…`) shown plainly. */
export function displayIp(ip: string | null | undefined): string | null {
  if (!ip) return null;
  return /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip)?.[1] ?? ip;
}
