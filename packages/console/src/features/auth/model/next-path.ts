/**
 * Where to go after signing in: the page the person was headed to, but only
 * a path of this console. `?next=https://evil.example` or `//evil.example`
 * would otherwise turn the sign-in page into a launch pad for phishing.
 */
export function safeNextPath(next: string | null | undefined, fallback = '/clients'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  // Back to the sign-in pages would loop.
  if (/^\/(sign-in|sign-out|forgot-password|reset-password)(\/|\?|$)/.test(next)) return fallback;
  return next;
}
