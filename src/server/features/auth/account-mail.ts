import { type Locale, LOCALES } from '../../../shared/common';
import type { MailMessage } from '../../mail/outbox';
import { inviteTexts, resetTexts } from './account-mail-texts';

export type AccountMail = MailMessage;

const langOf = (locale: string): Locale => ((LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : 'en');
const RTL: ReadonlySet<Locale> = new Set(['he']);

/** One link per workspace the address has an account in, each named by its workspace. */
export interface WorkspaceLink {
  workspaceName: string;
  url: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
/** Names (a workspace, a person) in their own direction inside text of the other one: "Dahl & Co" in Hebrew. */
const isolated = (name: string) => `<bdi>${escapeHtml(name)}</bdi>`;
const linkHtml = (url: string) => `<a href="${escapeHtml(url)}" dir="ltr">${escapeHtml(url)}</a>`;

/** The HTML part: the language and direction of the reader's language, so Hebrew reads right to left. */
function htmlMail(lang: Locale, subject: string, paragraphs: string[]): string {
  const dir = RTL.has(lang) ? 'rtl' : 'ltr';
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html>\n<html lang="${lang}" dir="${dir}">\n<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>\n<body dir="${dir}">\n${body}\n</body>\n</html>\n`;
}

/** The reset mail, in the language of the account. */
export function resetMail(to: string, locale: string, links: WorkspaceLink[]): AccountMail {
  const lang = langOf(locale);
  const t = resetTexts[lang];
  const one = links.length === 1;
  const body = one ? [t.intro, '', links[0].url] : [t.intro, t.several, '', ...links.flatMap((l) => [`${l.workspaceName}:`, l.url, ''])];
  const html = one
    ? [escapeHtml(t.intro), linkHtml(links[0].url)]
    : [escapeHtml(t.intro), escapeHtml(t.several), ...links.map((l) => `${isolated(l.workspaceName)}:<br>${linkHtml(l.url)}`)];
  return { to, subject: t.subject, text: [...body, '', t.outro, ''].join('\n'), html: htmlMail(lang, t.subject, [...html, escapeHtml(t.outro)]) };
}

/** The invitation, in the language the invited account was given. */
export function invitationMail(to: string, locale: string, invitedBy: string, workspaceName: string, url: string): AccountMail {
  const lang = langOf(locale);
  const t = inviteTexts[lang];
  const subject = t.subject(workspaceName);
  // The texts hold no markup characters (account-mail.test checks), so the escaped names go straight in.
  const html = [t.intro(isolated(invitedBy), isolated(workspaceName)), linkHtml(url), escapeHtml(t.outro)];
  return { to, subject, text: [t.intro(invitedBy, workspaceName), '', url, '', t.outro, ''].join('\n'), html: htmlMail(lang, subject, html) };
}
