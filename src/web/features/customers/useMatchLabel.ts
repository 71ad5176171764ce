import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerMatch } from '../../../shared/customers';

/** Why a customer matched the search, in words: "Matched by a word in the name", "Matched by the contact Lise Dahl". */
export function useMatchLabel() {
  const { t } = useTranslation();
  return useCallback(
    (match: CustomerMatch | undefined): string => {
      if (!match) return '';
      const reason =
        match.field === 'name'
          ? t(`customerFind.match.name_${match.kind}`)
          : match.field === 'contact' && match.contactName
            ? t('customerFind.match.contactNamed', { name: match.contactName })
            : t(`customerFind.match.${match.field}`);
      return t('customerFind.matchedBy', { reason });
    },
    [t],
  );
}
