import { SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Semester } from '../../../../shared/domain/types.ts';
import { EditorModal } from '../../components/EditorModal.tsx';
import { showSaveError } from '../../components/form-errors.ts';
import { saveRecord } from '../../components/save-record.ts';
import { chosen, filled, validYear } from '../../components/form-rules.ts';
import { IdInput } from '../../components/IdInput.tsx';
import { DateField } from '../../components/DateField.tsx';
import { YearInput } from '../../components/YearInput.tsx';
import { commonTexts } from '../../components/texts.ts';
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
      id: filled,
      name: filled,
      year: validYear,
      start: chosen,
      end: (v, all) => (!v ? commonTexts.required : all.start && v < all.start ? t.endBeforeStart : null),
    },
  });

  const submit = form.onSubmit(async (v) => {
    const record: Semester = { id: v.id.trim(), name: v.name.trim(), year: Number(v.year), start: v.start!, end: v.end! };
    try {
      await saveRecord('semesters', semester, record, record.name, t);
      onClose();
    } catch (error) {
      showSaveError(form, error);
    }
  });

  return (
    <EditorModal opened onClose={onClose} title={semester ? t.editTitle : t.createTitle} dirty={form.isDirty()}>
      <form onSubmit={submit} noValidate>
        <SimpleGrid cols={2} spacing="md">
          <IdInput label={t.fields.id} description={t.fields.idHint} fixed={!!semester} {...form.getInputProps('id')} />
          <YearInput label={t.fields.year} description={t.fields.yearHint} withAsterisk {...form.getInputProps('year')} />
        </SimpleGrid>
        <TextInput mt="md" label={t.fields.name} placeholder={t.fields.namePlaceholder} withAsterisk {...form.getInputProps('name')} />
        <SimpleGrid cols={2} spacing="md" mt="md">
          <DateField label={t.fields.start} withAsterisk {...form.getInputProps('start')} />
          <DateField label={t.fields.end} withAsterisk {...form.getInputProps('end')} />
        </SimpleGrid>
        <FormActions onCancel={onClose} submitting={form.submitting} />
      </form>
    </EditorModal>
  );
}
