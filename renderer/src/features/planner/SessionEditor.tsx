import { Button, Divider, Group, Modal, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useMemo, useState } from 'react';
import {
  CATEGORIES,
  CATEGORY_LABELS,
  COURSE_DEFAULTS,
  FORM_LABELS,
  FORMS,
  METHOD_LABELS,
  METHODS,
} from '../../../../shared/domain/enums.ts';
import { slotOfTime, slotSetting, type SlotId } from '../../../../shared/domain/planner/slots.ts';
import { isIsoDate, isTime } from '../../../../shared/exchange/values.ts';
import type { Session } from '../../../../shared/domain/types.ts';
import { LecturerPicker } from './LecturerPicker.tsx';
import type { PlannerLookups } from './planner-context.ts';
import { plannerTexts as t } from './texts.ts';

interface Props {
  session: Session;
  isNew: boolean;
  lookups: PlannerLookups;
  onSave(session: Session): void;
  onClose(): void;
}

type Errors = Partial<Record<'course' | 'date' | 'start' | 'hours', string>>;

function validate(s: Session): Errors {
  const e: Errors = {};
  if (!s.course) e.course = t.courseRequired;
  if (!isIsoDate(s.date)) e.date = t.dateRequired;
  if (s.start !== null && !isTime(s.start)) e.start = t.startInvalid;
  if (!Number.isFinite(s.hours) || s.hours < 0 || s.hours > 24) e.hours = t.hoursInvalid;
  return e;
}

/** Adds or edits one session: course, lecturers, date and slot, hours, and the per-session overrides. */
export function SessionEditor({ session, isNew, lookups, onSave, onClose }: Props) {
  const [s, setS] = useState<Session>(session);
  const [errors, setErrors] = useState<Errors>({});
  const [hoursTouched, setHoursTouched] = useState(!isNew);
  const course = lookups.courses.get(s.course);
  const slot = slotOfTime(lookups.settings, s.start);

  const courseData = useMemo(
    () =>
      [...lookups.courses.values()]
        .filter((c) => !c.retired || c.id === session.course)
        .map((c) => ({ value: c.id, label: `${c.title}${c.retired ? `（${t.retired}）` : ''}` })),
    [lookups.courses, session.course],
  );

  const set = (patch: Partial<Session>) => setS((prev) => ({ ...prev, ...patch }));
  const setSlot = (id: SlotId) => {
    const def = slotSetting(lookups.settings, id);
    set({ start: def.start, ...(hoursTouched ? {} : { hours: def.hours }) });
  };
  const submit = () => {
    const e = validate(s);
    setErrors(e);
    if (Object.keys(e).length === 0) onSave(s);
  };
  const override = <K extends 'category' | 'method' | 'form'>(
    key: K,
    values: readonly string[],
    labels: Record<string, string>,
    inherited: string,
  ) => (
    <Select
      label={{ category: t.category, method: t.method, form: t.form }[key]}
      data={[{ value: '', label: t.fromCourse(labels[inherited]!) }, ...values.map((v) => ({ value: v, label: labels[v]! }))]}
      value={s[key] ?? ''}
      onChange={(v) => set({ [key]: v ? v : null } as Partial<Session>)}
      allowDeselect={false}
      data-testid={`override-${key}`}
    />
  );

  return (
    <Modal opened onClose={onClose} title={isNew ? t.editorCreate : t.editorEdit} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Select
            label={t.course}
            placeholder={t.coursePlaceholder}
            data={courseData}
            value={s.course || null}
            onChange={(v) => set({ course: v ?? '' })}
            searchable
            maxDropdownHeight={280}
            nothingFoundMessage="—"
            error={errors.course}
            // A new session starts with its course (the search list opens); an existing one with nothing open.
            data-autofocus={isNew || undefined}
            data-testid="course-picker"
          />
          <LecturerPicker faculty={[...lookups.faculty.values()]} value={s.lecturers} onChange={(lecturers) => set({ lecturers })} />
          <SimpleGrid cols={2}>
            <DateInput
              label={t.date}
              valueFormat="YYYY-MM-DD"
              value={s.date || null}
              onChange={(v) => set({ date: v ?? '' })}
              error={errors.date}
              data-testid="session-date"
            />
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t.slot}
              </Text>
              <SegmentedControl
                data={lookups.settings.slots.map((x) => ({ value: x.id, label: x.label }))}
                value={slot ?? ''}
                onChange={(v) => setSlot(v as SlotId)}
                aria-label={t.slot}
              />
            </Stack>
            <TextInput
              label={t.start}
              placeholder="08:30"
              value={s.start ?? ''}
              onChange={(e) => set({ start: e.currentTarget.value || null })}
              error={errors.start}
            />
            <NumberInput
              label={t.hours}
              description={slot ? t.hoursFromSlot(slotSetting(lookups.settings, slot).label, slotSetting(lookups.settings, slot).hours) : undefined}
              min={0}
              max={24}
              step={0.5}
              decimalScale={2}
              value={s.hours}
              onChange={(v) => {
                setHoursTouched(true);
                set({ hours: typeof v === 'number' ? v : Number(v) });
              }}
              error={errors.hours}
            />
          </SimpleGrid>
          <Divider label={t.overrides} labelPosition="left" />
          <SimpleGrid cols={3}>
            {override('category', CATEGORIES, CATEGORY_LABELS, course?.category ?? COURSE_DEFAULTS.category)}
            {override('method', METHODS, METHOD_LABELS, course?.method ?? COURSE_DEFAULTS.method)}
            {override('form', FORMS, FORM_LABELS, course?.form ?? COURSE_DEFAULTS.form)}
          </SimpleGrid>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t.cancel}
            </Button>
            <Button type="submit">{t.save}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
