import type { MailMessage } from '../../mail/outbox';

export type AccountMail = MailMessage;

type Lang = 'en' | 'da';
const langOf = (locale: string): Lang => (locale === 'da' ? 'da' : 'en');

/** One link per workspace the address has an account in, each named by its workspace. */
export interface WorkspaceLink {
  workspaceName: string;
  url: string;
}

const resetTexts = {
  en: {
    subject: 'Reset your Tend password',
    intro: 'Someone (hopefully you) asked to reset the password of your Tend account. Open the link within an hour to choose a new password:',
    several: 'Your address has accounts in several workspaces; each link resets the password of one:',
    outro: 'The link works once. If you did not ask for this, ignore this mail: your password stays as it is.',
  },
  da: {
    subject: 'Nulstil din adgangskode til Tend',
    intro: 'Nogen (forhåbentlig dig) har bedt om at nulstille adgangskoden til din Tend-konto. Åbn linket inden for en time for at vælge en ny adgangskode:',
    several: 'Din adresse har konti i flere arbejdsområder; hvert link nulstiller adgangskoden til ét af dem:',
    outro: 'Linket virker én gang. Har du ikke bedt om det, så se bort fra denne mail: din adgangskode forbliver uændret.',
  },
} as const;

/** The reset mail, in the language of the account (Danish or English). */
export function resetMail(to: string, locale: string, links: WorkspaceLink[]): AccountMail {
  const t = resetTexts[langOf(locale)];
  const body = links.length === 1 ? [t.intro, '', links[0].url] : [t.intro, t.several, '', ...links.flatMap((l) => [`${l.workspaceName}:`, l.url, ''])];
  return { to, subject: t.subject, text: [...body, '', t.outro, ''].join('\n') };
}

const inviteTexts = {
  en: {
    subject: (w: string) => `You are invited to ${w} on Tend`,
    intro: (who: string, w: string) => `${who} has invited you to the workspace ${w} on Tend, a CRM. Open the link to choose your password and sign in:`,
    outro: 'The link works once and expires in 7 days.',
  },
  da: {
    subject: (w: string) => `Du er inviteret til ${w} i Tend`,
    intro: (who: string, w: string) =>
      `${who} har inviteret dig til arbejdsområdet ${w} i Tend, et CRM-system. Åbn linket for at vælge din adgangskode og logge ind:`,
    outro: 'Linket virker én gang og udløber om 7 dage.',
  },
} as const;

export function invitationMail(to: string, locale: string, invitedBy: string, workspaceName: string, url: string): AccountMail {
  const t = inviteTexts[langOf(locale)];
  return { to, subject: t.subject(workspaceName), text: [t.intro(invitedBy, workspaceName), '', url, '', t.outro, ''].join('\n') };
}
