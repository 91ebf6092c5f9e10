import { expect } from '@playwright/test';
import { test } from './support';

// The harness itself: a request to another host is refused before it leaves, and named.
test('a request to any host but the app is refused and recorded', async ({ page, foreignRequests }) => {
  await page.goto('/healthz');
  const outcome = await page.evaluate(() =>
    fetch('http://203.0.113.10/font.woff2').then(
      () => 'answered',
      () => 'refused',
    ),
  );
  expect(outcome).toBe('refused');
  expect(foreignRequests).toEqual(['http://203.0.113.10/font.woff2']);
  // Seen and refused as it should be: cleared, so the fixture's own check passes.
  foreignRequests.length = 0;
});
