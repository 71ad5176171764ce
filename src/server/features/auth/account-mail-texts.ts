import type { Locale } from '../../../shared/common';

/** The words of the account mails in each language, written for people who read that language. */
export interface ResetTexts {
  subject: string;
  intro: string;
  several: string;
  outro: string;
}
export interface InviteTexts {
  subject: (workspace: string) => string;
  intro: (inviter: string, workspace: string) => string;
  outro: string;
}

export const resetTexts: Record<Locale, ResetTexts> = {
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
  nb: {
    subject: 'Tilbakestill passordet ditt i Tend',
    intro: 'Noen (forhåpentligvis du) har bedt om å tilbakestille passordet til Tend-kontoen din. Åpne lenken innen en time for å velge et nytt passord:',
    several: 'Adressen din har kontoer i flere arbeidsområder; hver lenke tilbakestiller passordet til ett av dem:',
    outro: 'Lenken virker én gang. Har du ikke bedt om dette, kan du se bort fra denne e-posten: passordet ditt forblir som det er.',
  },
  hu: {
    subject: 'A Tend-jelszava visszaállítása',
    intro: 'Valaki (remélhetőleg Ön) kérte Tend-fiókja jelszavának visszaállítását. Egy órán belül nyissa meg a linket, és válasszon új jelszót:',
    several: 'Az e-mail-címéhez több munkaterületen is tartozik fiók; mindegyik link egy fiók jelszavát állítja vissza:',
    outro: 'A link egyszer használható. Ha nem Ön kérte, hagyja figyelmen kívül ezt a levelet: a jelszava nem változik.',
  },
  he: {
    subject: 'איפוס הסיסמה שלך ב-Tend',
    intro: 'התקבלה בקשה לאפס את הסיסמה של חשבון ה-Tend שלך (אנחנו מקווים שממך). כדי לבחור סיסמה חדשה, יש לפתוח את הקישור בתוך שעה:',
    several: 'לכתובת שלך יש חשבונות בכמה סביבות עבודה; כל קישור מאפס את הסיסמה של אחד מהם:',
    outro: 'הקישור פועל פעם אחת בלבד. אם לא ביקשת זאת, אפשר להתעלם מהמייל הזה: הסיסמה שלך תישאר כפי שהיא.',
  },
};

export const inviteTexts: Record<Locale, InviteTexts> = {
  en: {
    subject: (w) => `You are invited to ${w} on Tend`,
    intro: (who, w) => `${who} has invited you to the workspace ${w} on Tend, a CRM. Open the link to choose your password and sign in:`,
    outro: 'The link works once and expires in 7 days.',
  },
  da: {
    subject: (w) => `Du er inviteret til ${w} i Tend`,
    intro: (who, w) => `${who} har inviteret dig til arbejdsområdet ${w} i Tend, et CRM-system. Åbn linket for at vælge din adgangskode og logge ind:`,
    outro: 'Linket virker én gang og udløber om 7 dage.',
  },
  nb: {
    subject: (w) => `Du er invitert til ${w} i Tend`,
    intro: (who, w) => `${who} har invitert deg til arbeidsområdet ${w} i Tend, et CRM-system. Åpne lenken for å velge passord og logge inn:`,
    outro: 'Lenken virker én gang og utløper om 7 dager.',
  },
  hu: {
    subject: (w) => `Meghívást kapott a(z) ${w} munkaterületre a Tendben`,
    intro: (who, w) =>
      `${who} meghívta Önt a(z) ${w} munkaterületre a Tendben, amely egy CRM-rendszer. Nyissa meg a linket, válasszon jelszót, és jelentkezzen be:`,
    outro: 'A link egyszer használható, és 7 nap múlva lejár.',
  },
  he: {
    subject: (w) => `הוזמנת לסביבת העבודה ${w} ב-Tend`,
    intro: (who, w) => `קיבלת הזמנה מ-${who} להצטרף לסביבת העבודה ${w} ב-Tend, מערכת CRM. יש לפתוח את הקישור כדי לבחור סיסמה ולהתחבר:`,
    outro: 'הקישור פועל פעם אחת בלבד ותוקפו יפוג בעוד 7 ימים.',
  },
};
