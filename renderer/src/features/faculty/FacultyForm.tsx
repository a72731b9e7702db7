import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FACULTY_TYPE_LABELS, FACULTY_TYPES } from '../../../../shared/domain/enums.ts';
import type { Faculty } from '../../../../shared/domain/types.ts';
import { EditorModal } from '../../components/EditorModal.tsx';
import { showSaveError } from '../../components/form-errors.ts';
import { saveRecord } from '../../components/save-record.ts';
import { chosen, filled } from '../../components/form-rules.ts';
import { IdInput } from '../../components/IdInput.tsx';
import { facultyTexts as t } from './texts.ts';
import { FormActions } from '../../components/FormActions.tsx';

type Values = { id: string; name: string; type: Faculty['type'] | null; title: string; organization: string; tier: string };
const orNull = (s: string) => s.trim() || null;

export function FacultyForm({ faculty, onClose }: { faculty?: Faculty; onClose: () => void }) {
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: faculty
      ? { ...faculty, title: faculty.title ?? '', organization: faculty.organization ?? '', tier: faculty.tier ?? '' }
      : { id: '', name: '', type: 'fulltime', title: '', organization: '', tier: '' },
    validate: {
      id: filled,
      name: filled,
      type: chosen,
    },
  });

  const submit = form.onSubmit(async (v) => {
    const record: Faculty = {
      id: v.id.trim(),
      name: v.name.trim(),
      type: v.type!,
      title: orNull(v.title),
      organization: orNull(v.organization),
      tier: orNull(v.tier),
    };
    try {
      await saveRecord('faculty', faculty, record, record.name, t);
      onClose();
    } catch (error) {
      showSaveError(form, error);
    }
  });

  return (
    <EditorModal opened onClose={onClose} title={faculty ? t.editTitle : t.createTitle} dirty={form.isDirty()}>
      <form onSubmit={submit} noValidate>
        <SimpleGrid cols={2}>
          <IdInput label={t.fields.id} fixed={!!faculty} {...form.getInputProps('id')} />
          <TextInput label={t.fields.name} withAsterisk {...form.getInputProps('name')} />
          <Select
            label={t.fields.type}
            withAsterisk
            data={FACULTY_TYPES.map((k) => ({ value: k, label: FACULTY_TYPE_LABELS[k] }))}
            {...form.getInputProps('type')}
          />
          <TextInput label={t.fields.title} placeholder={t.fields.titlePlaceholder} {...form.getInputProps('title')} />
          <TextInput label={t.fields.organization} placeholder={t.fields.organizationPlaceholder} {...form.getInputProps('organization')} />
          <TextInput label={t.fields.tier} placeholder={t.fields.tierPlaceholder} {...form.getInputProps('tier')} />
        </SimpleGrid>
        <FormActions onCancel={onClose} submitting={form.submitting} />
      </form>
    </EditorModal>
  );
}
