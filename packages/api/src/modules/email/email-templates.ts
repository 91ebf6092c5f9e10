import type { Locale } from '@clientele/shared';

/**
 * The emails Clientele sends, in French and English, picked by the
 * recipient's language. Each returns a subject, a plain-text body and an
 * HTML body with the same words.
 */

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const escape = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

function layout(
  paragraphs: string[],
  action?: { label: string; url: string },
): { text: string; html: string } {
  const text = [
    ...paragraphs,
    ...(action ? [`${action.label} : ${action.url}`.replace(' :', ':')] : []),
  ].join('\n\n');
  const html = `<!doctype html><html><body style="font-family:Arial,Helvetica,sans-serif;color:#1f2937;line-height:1.5">${paragraphs
    .map((p) => `<p>${escape(p)}</p>`)
    .join('')}${
    action
      ? `<p><a href="${escape(action.url)}" style="background:#1565c0;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">${escape(action.label)}</a></p><p style="font-size:12px;color:#6b7280">${escape(action.url)}</p>`
      : ''
  }</body></html>`;
  return { text, html };
}

export interface AccessInvitationData {
  name: string;
  clientName: string;
  userCode: string;
  link: string;
  expiresInDays: number;
}

export function accessInvitation(locale: Locale, d: AccessInvitationData): RenderedEmail {
  if (locale === 'fr') {
    return {
      subject: `Votre accès à l’espace client de ${d.clientName}`,
      ...layout(
        [
          `Bonjour ${d.name},`,
          `Un accès à l’espace client de ${d.clientName} vient de vous être accordé. Votre code d’utilisateur est ${d.userCode}.`,
          `Pour terminer, choisissez votre mot de passe à l’aide du lien ci-dessous. Il ne sert qu’une fois et expire dans ${d.expiresInDays} jours.`,
        ],
        { label: 'Choisir mon mot de passe', url: d.link },
      ),
    };
  }
  return {
    subject: `Your access to ${d.clientName}'s client portal`,
    ...layout(
      [
        `Hello ${d.name},`,
        `You have been given access to ${d.clientName}'s client portal. Your user code is ${d.userCode}.`,
        `To finish, choose your password with the link below. It works once and expires in ${d.expiresInDays} days.`,
      ],
      { label: 'Choose my password', url: d.link },
    ),
  };
}

export interface PasswordResetData {
  name: string;
  link: string;
  expiresInMinutes: number;
}

export function passwordReset(locale: Locale, d: PasswordResetData): RenderedEmail {
  if (locale === 'fr') {
    return {
      subject: 'Réinitialisation de votre mot de passe',
      ...layout(
        [
          `Bonjour ${d.name},`,
          `Quelqu’un (vous, sans doute) a demandé à réinitialiser votre mot de passe. Le lien ci-dessous ne sert qu’une fois et expire dans ${d.expiresInMinutes} minutes.`,
          'Si vous n’avez rien demandé, ignorez ce courriel : votre mot de passe reste le même.',
        ],
        { label: 'Choisir un nouveau mot de passe', url: d.link },
      ),
    };
  }
  return {
    subject: 'Reset your password',
    ...layout(
      [
        `Hello ${d.name},`,
        `Someone (probably you) asked to reset your password. The link below works once and expires in ${d.expiresInMinutes} minutes.`,
        'If you did not ask, ignore this email: your password stays the same.',
      ],
      { label: 'Choose a new password', url: d.link },
    ),
  };
}
