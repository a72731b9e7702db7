import { Group, NumberInput, Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { TrainingClass } from '../../../../shared/domain/types.ts';
import { EditorModal } from '../../components/EditorModal.tsx';
import { showSaveError } from '../../components/form-errors.ts';
import { useSemesters } from '../../lookups/use-lookups.ts';
import { saveRecord } from '../../components/save-record.ts';
import { chosen, filled } from '../../components/form-rules.ts';
import { IdInput } from '../../components/IdInput.tsx';
import { DateField } from '../../components/DateField.tsx';
import { classTexts as t } from './texts.ts';
import { FormActions } from '../../components/FormActions.tsx';

type Values = {
  id: string;
  name: string;
  semester: string | null;
  isMain: boolean;
  isPartySpirit: boolean;
  start: string | null;
  end: string | null;
  traineeCount: number | string;
};

/** Creates a class (in `semester` when given) or edits `cls`. */
export function ClassForm({ cls, semester, onClose }: { cls?: TrainingClass; semester?: string; onClose: () => void }) {
  const semesters = useSemesters();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: cls
      ? { ...cls, traineeCount: cls.traineeCount ?? '' }
      : { id: '', name: '', semester: semester ?? null, isMain: false, isPartySpirit: false, start: null, end: null, traineeCount: '' },
    validate: {
      id: filled,
      name: filled,
      semester: chosen,
      end: (v, all) => (v && all.start && v < all.start ? t.endBeforeStart : null),
      traineeCount: (v) => (v === '' || (typeof v === 'number' && Number.isInteger(v) && v >= 0) ? null : t.countInvalid),
    },
  });

  const submit = form.onSubmit(async (v) => {
    const record: TrainingClass = {
      id: v.id.trim(),
      name: v.name.trim(),
      semester: v.semester!,
      isMain: v.isMain,
      isPartySpirit: v.isPartySpirit,
      start: v.start || null,
      end: v.end || null,
      traineeCount: v.traineeCount === '' ? null : Number(v.traineeCount),
    };
    try {
      await saveRecord('classes', cls, record, record.name, t);
      onClose();
    } catch (error) {
      showSaveError(form, error);
    }
  });

  return (
    <EditorModal opened onClose={onClose} title={cls ? t.editTitle : t.createTitle} dirty={form.isDirty()}>
      <form onSubmit={submit} noValidate>
        <SimpleGrid cols={2} spacing="md">
          <IdInput label={t.fields.id} fixed={!!cls} {...form.getInputProps('id')} />
          <Select
            label={t.fields.semester}
            withAsterisk
            data={semesters.map((s) => ({ value: s.id, label: s.name }))}
            placeholder={semesters.length === 0 ? t.needSemester : undefined}
            searchable
            {...form.getInputProps('semester')}
          />
        </SimpleGrid>
        <TextInput mt="md" label={t.fields.name} placeholder={t.fields.namePlaceholder} withAsterisk {...form.getInputProps('name')} />
        <SimpleGrid cols={3} spacing="md" mt="md">
          <DateField label={t.fields.start} clearable {...form.getInputProps('start')} />
          <DateField label={t.fields.end} clearable {...form.getInputProps('end')} />
          <NumberInput label={t.fields.traineeCount} min={0} allowDecimal={false} {...form.getInputProps('traineeCount')} />
        </SimpleGrid>
        <Group mt="lg" gap="xl">
          <Switch label={t.fields.isMain} description={t.fields.isMainHint} {...form.getInputProps('isMain', { type: 'checkbox' })} />
          <Switch label={t.fields.isPartySpirit} {...form.getInputProps('isPartySpirit', { type: 'checkbox' })} />
        </Group>
        <FormActions onCancel={onClose} submitting={form.submitting} />
      </form>
    </EditorModal>
  );
}
