import { frenchSpacingSlip, type Locale } from '@clientele/shared';
import { accessInvitation, partnerInvitation, passwordReset, staffInvitation } from './email-templates';

const LINK = 'https://clientele.example/accept-invitation?token=abc';

/** Every template, in every shape it takes, in one language. */
function everyEmail(locale: Locale) {
  const access = { name: 'Lucie', clientName: 'Acme', userCode: 'C0001', link: LINK, expiresInDays: 7 };
  const partner = { ...access, partnerName: 'Laurentides', planName: 'Essentiel' };
  return [
    accessInvitation(locale, access),
    accessInvitation(locale, { ...access, setPassword: false }),
    partnerInvitation(locale, { ...partner, setPassword: true }),
    partnerInvitation(locale, { ...partner, setPassword: false }),
    passwordReset(locale, { name: 'Lucie', link: LINK, expiresInMinutes: 30 }),
    staffInvitation(locale, {
      name: 'Lucie',
      invitedBy: 'Admin',
      email: 'l@x.test',
      link: LINK,
      expiresInDays: 7,
    }),
  ];
}

describe('email templates', () => {
  it('set French punctuation apart with no-break spaces, in the subject and the text', () => {
    const slips = everyEmail('fr').flatMap((email) =>
      [email.subject, ...email.text.split('\n\n')].filter(frenchSpacingSlip),
    );
    expect(slips).toEqual([]);
  });

  it('end with the link after its label, as each language writes it', () => {
    for (const [locale, pattern] of [
      ['fr', /\u00a0: https:\/\//],
      ['en', /[a-z]: https:\/\//],
    ] as const) {
      for (const email of everyEmail(locale)) expect(email.text).toMatch(pattern);
      for (const email of everyEmail(locale)) expect(email.html).toContain(LINK);
    }
  });
});
