/** Types of scripts/check-i18n.mjs for its test. */
export interface CheckI18nOptions {
  /** Folder of the strings files (<area>.<lang>.json, <lang>.json). */
  strings: string;
  /** Folder of the web app's source. */
  source: string;
  /** File with the LOCALES list. */
  locales: string;
  /** Only these languages (a development aid); else every language in LOCALES. */
  languages?: string[];
  /** Delete other languages' keys that English does not have instead of reporting them. */
  prune?: boolean;
}

export function checkI18n(options: CheckI18nOptions): { problems: string[]; summary: string };
