import { useTranslation } from 'react-i18next';
import { type MailRule, mailRuleCreateSchema } from '../../../shared/mail';
import { TextField } from '../../components/Field';
import { SettingsListView } from '../settings/lists/SettingsListView';

/** Settings → mail never journaled (`mail-rules`): each item a name and an address or `@domain`. */
export function MailRulesPage() {
  const { t } = useTranslation();
  return (
    <SettingsListView<MailRule, { pattern: string }>
      path="mail-rules"
      title={t('settings.sections.mailRules')}
      extra={{
        initial: { pattern: '' },
        schema: mailRuleCreateSchema,
        render: (values, set, errors) => (
          <TextField
            label={t('mail.rules.pattern')}
            value={values.pattern}
            onChange={(pattern) => set({ pattern })}
            error={errors.pattern}
            hint={t('mail.rules.patternHint')}
            required
            dir="ltr"
            autoComplete="off"
            spellCheck={false}
          />
        ),
      }}
      details={(item) => (
        <span className="settings-key">
          <span className="visually-hidden">{t('mail.rules.patternNamed', { name: item.name })} </span>
          <code dir="ltr">{item.pattern}</code>
        </span>
      )}
    />
  );
}
