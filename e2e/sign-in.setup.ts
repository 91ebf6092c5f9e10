import { test as setup } from '@playwright/test';
import { ADMIN, PARTNER, PARTNER_USER, STAFF_ADMIN, signInRequest } from './support';

/**
 * One session per role, made once before the journeys and loaded into their
 * browsers: signing in through the form is tested where it is the point
 * (auth, keyboard, a contact's first sign-in), not repeated by every test.
 */
for (const [role, who, file] of [
  ['the demo administrator', ADMIN, STAFF_ADMIN],
  ['the demo partner’s user', PARTNER, PARTNER_USER],
] as const) {
  setup(`a session for ${role}`, async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL });
    await signInRequest(request, who);
    await request.storageState({ path: file });
    await request.dispose();
  });
}
