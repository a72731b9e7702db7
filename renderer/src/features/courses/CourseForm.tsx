import { Group, Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { CATEGORIES, CATEGORY_LABELS, FORM_LABELS, FORMS, METHOD_LABELS, METHODS } from '../../../../shared/domain/enums.ts';
import type { Course } from '../../../../shared/domain/types.ts';
import { EditorModal } from '../../components/EditorModal.tsx';
import { showSaveError } from '../../components/form-errors.ts';
import { saveRecord } from '../../components/save-record.ts';
import { filled, validYear } from '../../components/form-rules.ts';
import { IdInput } from '../../components/IdInput.tsx';
import { YearInput } from '../../components/YearInput.tsx';
import { courseTexts as t } from './texts.ts';
import { FormActions } from '../../components/FormActions.tsx';

type Values = Omit<Course, 'firstOfferedYear' | 'revisedYears'> & { firstOfferedYear: number | string };

const options = <K extends string>(keys: readonly K[], labels: Record<K, string>) => keys.map((k) => ({ value: k, label: labels[k] }));

/** Creates a course or edits `course`. Revision years are kept here and recorded on the detail page. */
export function CourseForm({ course, onClose, onCreated }: { course?: Course; onClose: () => void; onCreated?: (c: Course) => void }) {
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: course
      ? { ...course, firstOfferedYear: course.firstOfferedYear ?? '' }
      : { id: '', title: '', category: null, method: null, form: null, firstOfferedYear: new Date().getFullYear(), isCase: false, retired: false },
    validate: {
      id: filled,
      title: filled,
      firstOfferedYear: (v) => (v === '' ? null : validYear(v)),
    },
  });

  const submit = form.onSubmit(async (v) => {
    const record: Course = {
      ...v,
      id: v.id.trim(),
      title: v.title.trim(),
      firstOfferedYear: v.firstOfferedYear === '' ? null : Number(v.firstOfferedYear),
      revisedYears: course?.revisedYears ?? [],
    };
    try {
      const saved = await saveRecord('courses', course, record, record.title, t);
      onClose();
      if (!course) onCreated?.(saved);
    } catch (error) {
      showSaveError(form, error);
    }
  });

  return (
    <EditorModal opened onClose={onClose} title={course ? t.editTitle : t.createTitle} dirty={form.isDirty()}>
      <form onSubmit={submit} noValidate>
        <SimpleGrid cols={2}>
          <IdInput label={t.fields.id} fixed={!!course} {...form.getInputProps('id')} />
          <YearInput label={t.fields.firstOfferedYear} {...form.getInputProps('firstOfferedYear')} />
        </SimpleGrid>
        <TextInput mt="md" label={t.fields.title} withAsterisk {...form.getInputProps('title')} />
        <SimpleGrid cols={3} mt="md">
          <Select label={t.fields.category} placeholder={t.fields.unset} clearable data={options(CATEGORIES, CATEGORY_LABELS)} {...form.getInputProps('category')} />
          <Select label={t.fields.method} placeholder={t.fields.unset} clearable data={options(METHODS, METHOD_LABELS)} {...form.getInputProps('method')} />
          <Select label={t.fields.form} placeholder={t.fields.unset} clearable data={options(FORMS, FORM_LABELS)} {...form.getInputProps('form')} />
        </SimpleGrid>
        <Group mt="lg" gap="xl">
          <Switch label={t.fields.isCase} {...form.getInputProps('isCase', { type: 'checkbox' })} />
          {course && <Switch label={t.fields.retired} {...form.getInputProps('retired', { type: 'checkbox' })} />}
        </Group>
        <FormActions onCancel={onClose} submitting={form.submitting} />
      </form>
    </EditorModal>
  );
}
