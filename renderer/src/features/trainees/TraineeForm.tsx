import { Checkbox, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Trainee } from '../../../../shared/domain/types.ts';
import { EditorModal } from '../../components/EditorModal.tsx';
import { showSaveError } from '../../components/form-errors.ts';
import { saveRecord } from '../../components/save-record.ts';
import { filled } from '../../components/form-rules.ts';
import { IdInput } from '../../components/IdInput.tsx';
import { traineeTexts as t } from './texts.ts';
import { FormActions } from '../../components/FormActions.tsx';

type Values = { id: string; name: string; group: string; organization: string; exempt: boolean };

export function TraineeForm({ trainee, onClose }: { trainee?: Trainee; onClose: () => void }) {
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: trainee
      ? { ...trainee, group: trainee.group ?? '', organization: trainee.organization ?? '' }
      : { id: '', name: '', group: '', organization: '', exempt: false },
    validate: {
      id: filled,
      name: filled,
    },
  });

  const submit = form.onSubmit(async (v) => {
    const record: Trainee = {
      id: v.id.trim(),
      name: v.name.trim(),
      group: v.group.trim() || null,
      organization: v.organization.trim() || null,
      exempt: v.exempt,
    };
    try {
      await saveRecord('trainees', trainee, record, record.name, t);
      onClose();
    } catch (error) {
      showSaveError(form, error);
    }
  });

  return (
    <EditorModal opened onClose={onClose} title={trainee ? t.editTitle : t.createTitle} dirty={form.isDirty()}>
      <form onSubmit={submit} noValidate>
        <SimpleGrid cols={2}>
          <IdInput label={t.fields.id} fixed={!!trainee} {...form.getInputProps('id')} />
          <TextInput label={t.fields.name} withAsterisk {...form.getInputProps('name')} />
          <TextInput label={t.fields.group} placeholder={t.fields.groupHint} {...form.getInputProps('group')} />
          <TextInput label={t.fields.organization} {...form.getInputProps('organization')} />
        </SimpleGrid>
        <Checkbox mt="md" label={t.fields.exempt} {...form.getInputProps('exempt', { type: 'checkbox' })} />
        <FormActions onCancel={onClose} submitting={form.submitting} />
      </form>
    </EditorModal>
  );
}
