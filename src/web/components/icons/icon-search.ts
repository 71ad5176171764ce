import { ICON_NAMES, type IconName } from '../../../shared/icons';
import { ICON_LABELS, LABEL_LANGUAGES } from './icon-labels';

/** Lower case without accents (å → a, ø → o, æ → ae), so a search need not type them. */
export const fold = (text: string) => text.toLocaleLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replaceAll('ø', 'o').replaceAll('æ', 'ae');

let index: { name: IconName; words: string[] }[] | null = null;

/** Each icon's words: lucide's name and its labels in every language. */
function searchIndex() {
  index ??= ICON_NAMES.map((name) => ({ name, words: fold(`${name.replaceAll('-', ' ')} ${ICON_LABELS[name].join(' ')}`).split(/[\s-]+/) }));
  return index;
}

/**
 * The icons matching every word of the query anywhere in their words, in any language (Danish
 * joins words: "opkald" finds "Telefonopkald"); icons with the first term as a word come first,
 * then those with a word starting with it, otherwise in the set's order.
 */
export function searchIcons(query: string): IconName[] {
  const terms = fold(query)
    .split(/[\s-]+/)
    .filter(Boolean);
  if (terms.length === 0) return [...ICON_NAMES];
  const found = searchIndex().filter(({ words }) => terms.every((term) => words.some((word) => word.includes(term))));
  const rank = ({ words }: { words: string[] }) => (words.includes(terms[0]) ? 0 : words.some((word) => word.startsWith(terms[0])) ? 1 : 2);
  return found.sort((a, b) => rank(a) - rank(b)).map(({ name }) => name);
}

/** The label of an icon in the interface's language (English for a language it does not know). */
export function iconLabel(name: IconName, language: string | undefined): string {
  const index = LABEL_LANGUAGES.findIndex((code) => language?.startsWith(code));
  return ICON_LABELS[name][Math.max(index, 0)];
}
