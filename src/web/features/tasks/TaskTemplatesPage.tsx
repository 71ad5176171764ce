import { useTranslation } from 'react-i18next';
import { describeRule } from '../../../shared/recurrence-form';
import type { TaskTemplate } from '../../../shared/tasks';
import { ActivityIcon } from '../../components/icons/ActivityIcon';
import { SettingsListView } from '../settings/lists/SettingsListView';
import { initialTemplate, TemplateFields, type TemplateValues } from './TemplateFields';

/** How a template's tasks are due, in words: no deadline, after N days, or its rule. */
function DueText({ item }: { item: TaskTemplate }) {
  const { t, i18n } = useTranslation();
  if (item.due === 'deadline') return <>{t('tasks.dueAfter', { count: item.dueInDays ?? 0 })}</>;
  if (item.due === 'recurring' && item.recurrence) return <>{describeRule(item.recurrence, i18n.language) ?? item.recurrence}</>;
  return <>{t('tasks.due.none')}</>;
}

/** Administration → Customer tasks: the templates products bundle and tasks are made from. */
export function TaskTemplatesPage() {
  const { t } = useTranslation();
  return (
    <SettingsListView<TaskTemplate, TemplateValues>
      path="task-templates"
      title={t('settings.sections.customerTasks')}
      extra={{
        initial: initialTemplate,
        names: ['icon', 'workAreaIds', 'due', 'dueInDays', 'recurrence', 'typeId'],
        render: (values, set, errors) => <TemplateFields values={values} set={set} errors={errors} />,
      }}
      details={(item) => (
        <span className="activity-type-look">
          <ActivityIcon name={item.icon} color="#64748b" />
          <span className="muted">
            <DueText item={item} />
          </span>
        </span>
      )}
    />
  );
}
