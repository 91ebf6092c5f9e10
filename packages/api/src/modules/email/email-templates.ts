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
  locale: Locale,
  paragraphs: string[],
  action?: { label: string; url: string },
): { text: string; html: string } {
  // French sets a colon apart with a no-break space; English does not.
  const colon = locale === 'fr' ? '\u00a0:' : ':';
  const text = [...paragraphs, ...(action ? [`${action.label}${colon} ${action.url}`] : [])].join('\n\n');
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
  /** A set-password link (first time), or the sign-in page (they already have a password). */
  link: string;
  /** False when they already sign in elsewhere: the mail asks them to sign in, nothing to choose. */
  setPassword?: boolean;
  expiresInDays: number;
}

export function accessInvitation(locale: Locale, d: AccessInvitationData): RenderedEmail {
  if (d.setPassword === false) {
    return locale === 'fr'
      ? {
          subject: `Votre accès à l’espace client de ${d.clientName}`,
          ...layout(
            locale,
            [
              `Bonjour ${d.name},`,
              `Un accès à l’espace client de ${d.clientName} vient de vous être accordé. Connectez-vous comme d’habitude, avec votre code d’utilisateur ${d.userCode} et votre mot de passe.`,
            ],
            { label: 'Me connecter', url: d.link },
          ),
        }
      : {
          subject: `Your access to ${d.clientName}'s client portal`,
          ...layout(
            locale,
            [
              `Hello ${d.name},`,
              `You have been given access to ${d.clientName}'s client portal. Sign in as usual, with your user code ${d.userCode} and your password.`,
            ],
            { label: 'Sign in', url: d.link },
          ),
        };
  }
  if (locale === 'fr') {
    return {
      subject: `Votre accès à l’espace client de ${d.clientName}`,
      ...layout(
        locale,
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
      locale,
      [
        `Hello ${d.name},`,
        `You have been given access to ${d.clientName}'s client portal. Your user code is ${d.userCode}.`,
        `To finish, choose your password with the link below. It works once and expires in ${d.expiresInDays} days.`,
      ],
      { label: 'Choose my password', url: d.link },
    ),
  };
}

export interface PartnerInvitationData {
  name: string;
  clientName: string;
  partnerName: string;
  planName: string;
  userCode: string;
  /** A set-password link (first time), or the sign-in page (they already have a password). */
  link: string;
  setPassword: boolean;
  expiresInDays: number;
}

/**
 * Seed 000: a partner added the company; its administrator is asked to accept
 * the partner. One mail carries both the invitation and, the first time, the
 * way to choose a password.
 */
export function partnerInvitation(locale: Locale, d: PartnerInvitationData): RenderedEmail {
  if (locale === 'fr') {
    return {
      subject: `${d.partnerName} vous invite à l’accepter comme partenaire de ${d.clientName}`,
      ...layout(
        locale,
        [
          `Bonjour ${d.name},`,
          `${d.partnerName} a ajouté ${d.clientName} comme client, avec le forfait ${d.planName}, et vous a désigné comme administrateur. Si vous l’acceptez comme partenaire, ${d.partnerName} verra la fiche de votre entreprise et y travaillera avec nous.`,
          d.setPassword
            ? `Votre code d’utilisateur est ${d.userCode}. Choisissez d’abord votre mot de passe à l’aide du lien ci-dessous (il ne sert qu’une fois), puis connectez-vous pour accepter ou refuser l’invitation, sous Paramètres > Partenaire assigné.`
            : `Connectez-vous avec votre code d’utilisateur ${d.userCode} pour accepter ou refuser l’invitation, sous Paramètres > Partenaire assigné.`,
          `L’invitation expire dans ${d.expiresInDays} jours.`,
        ],
        { label: d.setPassword ? 'Choisir mon mot de passe' : 'Me connecter', url: d.link },
      ),
    };
  }
  return {
    subject: `${d.partnerName} invites you to accept them as ${d.clientName}'s partner`,
    ...layout(
      locale,
      [
        `Hello ${d.name},`,
        `${d.partnerName} added ${d.clientName} as a client, on the ${d.planName} plan, and named you its administrator. If you accept them as your partner, ${d.partnerName} will see your company's file and work on it with us.`,
        d.setPassword
          ? `Your user code is ${d.userCode}. First choose your password with the link below (it works once), then sign in to accept or decline the invitation, under Settings > Assigned partner.`
          : `Sign in with your user code ${d.userCode} to accept or decline the invitation, under Settings > Assigned partner.`,
        `The invitation expires in ${d.expiresInDays} days.`,
      ],
      { label: d.setPassword ? 'Choose my password' : 'Sign in', url: d.link },
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
        locale,
        [
          `Bonjour ${d.name},`,
          `Quelqu’un (vous, sans doute) a demandé à réinitialiser votre mot de passe. Le lien ci-dessous ne sert qu’une fois et expire dans ${d.expiresInMinutes} minutes.`,
          'Si vous n’avez rien demandé, ignorez ce courriel\u00a0: votre mot de passe reste le même.',
        ],
        { label: 'Choisir un nouveau mot de passe', url: d.link },
      ),
    };
  }
  return {
    subject: 'Reset your password',
    ...layout(
      locale,
      [
        `Hello ${d.name},`,
        `Someone (probably you) asked to reset your password. The link below works once and expires in ${d.expiresInMinutes} minutes.`,
        'If you did not ask, ignore this email: your password stays the same.',
      ],
      { label: 'Choose a new password', url: d.link },
    ),
  };
}

export interface StaffInvitationData {
  name: string;
  invitedBy: string;
  email: string;
  link: string;
  expiresInDays: number;
}

/** A new staff user's welcome: choose a password with a single-use link (the reset flow's). */
export function staffInvitation(locale: Locale, d: StaffInvitationData): RenderedEmail {
  if (locale === 'fr') {
    return {
      subject: 'Votre compte Clientele',
      ...layout(
        locale,
        [
          `Bonjour ${d.name},`,
          `${d.invitedBy} vous a créé un compte dans la console Clientele. Votre identifiant est ${d.email}.`,
          `Pour commencer, choisissez votre mot de passe à l’aide du lien ci-dessous. Il ne sert qu’une fois et expire dans ${d.expiresInDays} jours.`,
        ],
        { label: 'Choisir mon mot de passe', url: d.link },
      ),
    };
  }
  return {
    subject: 'Your Clientele account',
    ...layout(
      locale,
      [
        `Hello ${d.name},`,
        `${d.invitedBy} created an account for you in the Clientele console. You sign in with ${d.email}.`,
        `To begin, choose your password with the link below. It works once and expires in ${d.expiresInDays} days.`,
      ],
      { label: 'Choose my password', url: d.link },
    ),
  };
}
