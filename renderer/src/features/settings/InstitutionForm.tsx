import { Button, Fieldset, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  INSTITUTION_KIND_LABELS,
  INSTITUTION_KINDS,
  INSTITUTION_LEVEL_LABELS,
  INSTITUTION_LEVELS,
  type InstitutionKind,
  type InstitutionLevel,
} from '../../../../shared/domain/enums.ts';
import type { Institution } from '../../../../shared/domain/types.ts';
import { api } from '../../api/client.ts';
import { showSaveError } from '../../components/form-errors.ts';
import { notifySaved } from '../../components/notify.ts';
import { commonTexts } from '../../components/texts.ts';
import { chosen, filled } from '../../components/form-rules.ts';
import { undoStack } from '../../undo/undo-stack.ts';
import { settingsTexts } from './texts.ts';
import { useCan } from '../auth/use-can.ts';

const t = settingsTexts.institution;
type Values = { name: string; level: InstitutionLevel | null; kind: InstitutionKind | null };

/** The institution profile: name, level and kind. */
export function InstitutionForm({ institution, onSaved }: { institution: Institution | null; onSaved?: () => void }) {
  const canEdit = useCan('institution.update');
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: institution ?? { name: '', level: null, kind: 'party_school' },
    validate: {
      name: filled,
      level: chosen,
      kind: chosen,
    },
  });

  const submit = form.onSubmit(async (v) => {
    const next: Institution = { name: v.name.trim(), level: v.level!, kind: v.kind! };
    try {
      const saved = await api.call('institution.update', next);
      if (institution) {
        const before = institution;
        undoStack.push({ label: t.undo, undo: () => api.call('institution.update', before), redo: () => api.call('institution.update', saved) });
      }
      form.resetDirty(saved);
      notifySaved(t.saved);
      onSaved?.();
    } catch (error) {
      showSaveError(form, error);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t.title}>
      <Fieldset variant="unstyled" disabled={!canEdit}>
        <TextInput label={t.name} placeholder={t.namePlaceholder} withAsterisk {...form.getInputProps('name')} />
        <SimpleGrid cols={2} mt="md">
          <Select
            label={t.level}
            withAsterisk
            data={INSTITUTION_LEVELS.map((l) => ({ value: l, label: INSTITUTION_LEVEL_LABELS[l] }))}
            {...form.getInputProps('level')}
          />
          <Select
            label={t.kind}
            withAsterisk
            data={INSTITUTION_KINDS.map((k) => ({ value: k, label: INSTITUTION_KIND_LABELS[k] }))}
            {...form.getInputProps('kind')}
          />
        </SimpleGrid>
      </Fieldset>
      {canEdit && (
        <Group justify="flex-end" mt="md">
          <Button type="submit" loading={form.submitting} disabled={!!institution && !form.isDirty()}>
            {commonTexts.save}
          </Button>
        </Group>
      )}
    </form>
  );
}
