import { SimpleGrid, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { CourseRevision } from '../../../../shared/domain/types.ts';
import { EditorModal } from '../../components/EditorModal.tsx';
import { showSaveError } from '../../components/form-errors.ts';
import { notifySaved } from '../../components/notify.ts';
import { recordRevision } from './course-edits.ts';
import { courseTexts } from './texts.ts';
import { FormActions } from '../../components/FormActions.tsx';
import { DateField } from '../../components/DateField.tsx';
import { validYear } from '../../components/form-rules.ts';
import { YearInput } from '../../components/YearInput.tsx';

const t = courseTexts.revisions;
type Values = { year: number | string; date: string | null; note: string };

/** Records a substantial revision of a course: year, date and what changed. */
export function RevisionForm({
  course,
  title,
  existing,
  onClose,
}: {
  course: string;
  title: string;
  existing: CourseRevision[];
  onClose: () => void;
}) {
  const today = new Date();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { year: today.getFullYear(), date: null, note: '' },
    validate: {
      year: validYear,
      date: (v, all) => (v && Number(v.slice(0, 4)) !== Number(all.year) ? t.dateYearMismatch : null),
    },
  });

  const submit = form.onSubmit(async (v) => {
    const next: CourseRevision = { year: Number(v.year), date: v.date || null, note: v.note.trim() || null };
    try {
      await recordRevision(course, next, existing.find((r) => r.year === next.year), t.undoRecord(title, next.year));
      notifySaved(t.recorded(next.year));
      onClose();
    } catch (error) {
      showSaveError(form, error);
    }
  });

  return (
    <EditorModal opened onClose={onClose} title={t.addTitle} dirty={form.isDirty()}>
      <form onSubmit={submit} noValidate>
        <SimpleGrid cols={2}>
          <YearInput label={t.year} withAsterisk data-autofocus {...form.getInputProps('year')} />
          <DateField label={t.date} clearable {...form.getInputProps('date')} />
        </SimpleGrid>
        <Textarea mt="md" label={t.note} placeholder={t.notePlaceholder} autosize minRows={2} maxLength={500} {...form.getInputProps('note')} />
        <FormActions onCancel={onClose} submitting={form.submitting} />
      </form>
    </EditorModal>
  );
}
