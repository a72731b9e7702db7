import { Group, MultiSelect, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  CATEGORIES,
  CATEGORY_LABELS,
  FACULTY_TYPE_LABELS,
  FACULTY_TYPES,
  FORM_LABELS,
  FORMS,
  INSTITUTION_KIND_LABELS,
  INSTITUTION_KINDS,
  INSTITUTION_LEVEL_LABELS,
  INSTITUTION_LEVELS,
  METHOD_LABELS,
  METHODS,
} from '../../../../shared/domain/enums.ts';
import { SCOPE_LABELS } from '../../../../shared/domain/indicators/scope.ts';
import { customTeachingProblems, customTeachingRule, nextCustomId, type CustomTeachingInput } from '../../../../shared/domain/rules/custom-teaching.ts';
import { TEACHING_SCOPES, type TeachingRule } from '../../../../shared/domain/rules/schema.ts';
import { EditorModal } from '../../components/EditorModal.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { rulesTexts } from './texts.ts';

const t = rulesTexts.custom;
const f = t.fields;
const options = <K extends string>(keys: readonly K[], labels: Record<K, string>) => keys.map((k) => ({ value: k, label: labels[k] }));

/** Adds a school's own teaching indicator to the rule set being edited (saved with the next version). */
export function CustomIndicatorForm({ takenIds, onAdd, onClose }: { takenIds: string[]; onAdd(rule: TeachingRule): void; onClose(): void }) {
  const form = useForm<CustomTeachingInput>({
    mode: 'controlled',
    initialValues: {
      id: nextCustomId(takenIds),
      label: '',
      numeratorLabel: '',
      shape: 'ratio',
      scope: 'main',
      perClass: false,
      categories: [],
      methods: [],
      forms: [],
      lecturerTypes: [],
      caseCourse: 'any',
      threshold: 20,
      minLevel: 'county',
      kinds: ['party_school'],
      basis: '',
    },
    validate: (values) => {
      const problems: Record<string, string> = { ...customTeachingProblems(values, takenIds) };
      for (const key of ['id', 'label', 'numeratorLabel', 'basis'] as const) if (!values[key].trim()) problems[key] = t.required;
      return problems;
    },
    // The conditions' problem concerns all five inputs: any change among them may mend it.
    onValuesChange: () => form.clearFieldError('numerator'),
  });
  const ratio = form.getValues().shape === 'ratio';
  const submit = form.onSubmit((values) => {
    onAdd(customTeachingRule(values));
    onClose();
  });

  return (
    <EditorModal opened onClose={onClose} title={t.title} dirty={form.isDirty()} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">{t.hint}</Text>
          <SimpleGrid cols={3}>
            <TextInput label={f.id} description={f.idHint} withAsterisk {...form.getInputProps('id')} />
            <TextInput label={f.label} placeholder={f.labelPlaceholder} withAsterisk data-autofocus style={{ gridColumn: 'span 2' }} {...form.getInputProps('label')} />
          </SimpleGrid>
          <Group align="flex-end" grow>
            <div>
              <Text size="sm" fw={500} mb={4}>{f.shape}</Text>
              <SegmentedControl
                aria-label={f.shape}
                fullWidth
                data={[{ value: 'ratio', label: f.ratio }, { value: 'hours', label: f.hours }]}
                {...form.getInputProps('shape')}
              />
            </div>
            <Select label={f.scope} data={options(TEACHING_SCOPES, SCOPE_LABELS)} allowDeselect={false} {...form.getInputProps('scope')} />
          </Group>
          <Switch label={f.perClass} {...form.getInputProps('perClass', { type: 'checkbox' })} />
          <Text size="sm" fw={500}>{f.numerator}</Text>
          {form.errors.numerator && (
            <Text size="xs" c="red" role="alert">
              {form.errors.numerator}
            </Text>
          )}
          <SimpleGrid cols={2}>
            <MultiSelect label={f.categories} data={options(CATEGORIES, CATEGORY_LABELS)} clearable searchable {...form.getInputProps('categories')} />
            <MultiSelect label={f.methods} data={options(METHODS, METHOD_LABELS)} clearable searchable {...form.getInputProps('methods')} />
            <MultiSelect label={f.forms} data={options(FORMS, FORM_LABELS)} clearable searchable {...form.getInputProps('forms')} />
            <MultiSelect label={f.lecturerTypes} data={options(FACULTY_TYPES, FACULTY_TYPE_LABELS)} clearable searchable {...form.getInputProps('lecturerTypes')} />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <Select
              label={f.caseCourse}
              data={[{ value: 'any', label: f.caseAny }, { value: 'yes', label: f.caseYes }, { value: 'no', label: f.caseNo }]}
              allowDeselect={false}
              {...form.getInputProps('caseCourse')}
            />
            <TextInput label={f.numeratorLabel} description={f.numeratorHint} withAsterisk {...form.getInputProps('numeratorLabel')} />
          </SimpleGrid>
          <SimpleGrid cols={3}>
            <NumberInput label={f.threshold} suffix={ratio ? '%' : ' 学时'} min={0} max={ratio ? 100 : undefined} decimalScale={2} {...form.getInputProps('threshold')} />
            <Select
              label={f.minLevel}
              data={[...INSTITUTION_LEVELS].reverse().map((l) => ({ value: l, label: INSTITUTION_LEVEL_LABELS[l] }))}
              allowDeselect={false}
              {...form.getInputProps('minLevel')}
            />
            <MultiSelect label={f.kinds} searchable data={options(INSTITUTION_KINDS, INSTITUTION_KIND_LABELS)} {...form.getInputProps('kinds')} />
          </SimpleGrid>
          <Textarea label={f.basis} placeholder={f.basisPlaceholder} withAsterisk autosize minRows={2} {...form.getInputProps('basis')} />
        </Stack>
        <FormActions onCancel={onClose} submitting={false} submitLabel={t.add} />
      </form>
    </EditorModal>
  );
}
