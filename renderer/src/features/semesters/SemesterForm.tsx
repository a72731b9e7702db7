import { NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import type { Semester } from '../../../../shared/domain/types.ts';
import { EditorModal } from '../../components/EditorModal.tsx';
import { showSaveError } from '../../components/form-errors.ts';
import { notifySaved } from '../../components/notify.ts';
import { createRecord, updateRecord } from '../../undo/record-edits.ts';
import { semesterTexts as t } from './texts.ts';
import { FormActions } from '../../components/FormActions.tsx';

type Values = { id: string; name: string; year: number | string; start: string | null; end: string | null };

const blank = (): Values => ({ id: '', name: '', year: new Date().getFullYear(), start: null, end: null });

/** Creates a semester (no `semester` given) or edits one. */
export function SemesterForm({ semester, onClose }: { semester?: Semester; onClose: () => void }) {
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: semester ? { ...semester } : blank(),
    validate: {
      id: (v) => (v.trim() ? null : t.required),
      name: (v) => (v.trim() ? null : t.required),
      year: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 1949 && v <= 2100 ? null : t.yearInvalid),
      start: (v) => (v ? null : t.required),
      end: (v, all) => (!v ? t.required : all.start && v < all.start ? t.endBeforeStart : null),
    },
  });

  const submit = form.onSubmit(async (v) => {
    const record: Semester = { id: v.id.trim(), name: v.name.trim(), year: Number(v.year), start: v.start!, end: v.end! };
    try {
      if (semester) {
        await updateRecord('semesters', semester, record, t.undoUpdate(record.name));
        notifySaved(t.updated(record.name));
      } else {
        await createRecord('semesters', record, t.undoCreate(record.name));
        notifySaved(t.created(record.name));
      }
      onClose();
    } catch (error) {
      showSaveError(form, error);
    }
  });

  return (
    <EditorModal opened onClose={onClose} title={semester ? t.editTitle : t.createTitle} dirty={form.isDirty()}>
      <form onSubmit={submit} noValidate>
        <SimpleGrid cols={2} spacing="md">
          <TextInput label={t.fields.id} description={t.fields.idHint} withAsterisk disabled={!!semester} data-autofocus {...form.getInputProps('id')} />
          <NumberInput label={t.fields.year} description={t.fields.yearHint} withAsterisk min={1949} max={2100} allowDecimal={false} {...form.getInputProps('year')} />
        </SimpleGrid>
        <TextInput mt="md" label={t.fields.name} placeholder={t.fields.namePlaceholder} withAsterisk {...form.getInputProps('name')} />
        <SimpleGrid cols={2} spacing="md" mt="md">
          <DateInput label={t.fields.start} valueFormat="YYYY-MM-DD" withAsterisk {...form.getInputProps('start')} />
          <DateInput label={t.fields.end} valueFormat="YYYY-MM-DD" withAsterisk {...form.getInputProps('end')} />
        </SimpleGrid>
        <FormActions onCancel={onClose} submitting={form.submitting} />
      </form>
    </EditorModal>
  );
}
