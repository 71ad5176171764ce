import { useTranslation } from 'react-i18next';
import { type TaskTemplate, taskTemplateAddFormSchema } from '../../../shared/tasks';
import { SettingsListView } from '../settings/lists/SettingsListView';
import { TemplateDetails } from './TemplateDetails';
import { initialTemplate, TEMPLATE_FIELDS, TemplateFields, type TemplateValues, templateInput } from './TemplateFields';

/** Administration → Customer tasks: the templates products bundle and tasks are made from. */
export function TaskTemplatesPage() {
  const { t } = useTranslation();
  return (
    <SettingsListView<TaskTemplate, TemplateValues>
      path="task-templates"
      title={t('settings.sections.customerTasks')}
      extra={{
        initial: initialTemplate,
        schema: taskTemplateAddFormSchema,
        names: TEMPLATE_FIELDS,
        render: (values, set, errors) => <TemplateFields values={values} set={set} errors={errors} />,
        toInput: (name, values) => ({ ...templateInput(values), name }),
      }}
      details={(item, change) => <TemplateDetails item={item} onSave={change} />}
    />
  );
}
