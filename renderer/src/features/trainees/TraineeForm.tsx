import { Checkbox, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Trainee } from '../../../../shared/domain/types.ts';
import { EditorModal } from '../../components/EditorModal.tsx';
import { showSaveError } from '../../components/form-errors.ts';
import { notifySaved } from '../../components/notify.ts';
import { createRecord, updateRecord } from '../../undo/record-edits.ts';
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
      id: (v) => (v.trim() ? null : t.required),
      name: (v) => (v.trim() ? null : t.required),
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
      if (trainee) await updateRecord('trainees', trainee, record, t.undoUpdate(record.name));
      else await createRecord('trainees', record, t.undoCreate(record.name));
      notifySaved(trainee ? t.updated(record.name) : t.created(record.name));
      onClose();
    } catch (error) {
      showSaveError(form, error);
    }
  });

  return (
    <EditorModal opened onClose={onClose} title={trainee ? t.editTitle : t.createTitle} dirty={form.isDirty()}>
      <form onSubmit={submit} noValidate>
        <SimpleGrid cols={2}>
          <TextInput label={t.fields.id} description={t.fields.idHint} withAsterisk disabled={!!trainee} data-autofocus {...form.getInputProps('id')} />
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
