import { Group, Text } from '@mantine/core';
import { CATEGORY_LABELS, FACULTY_TYPE_LABELS, FORM_LABELS, METHOD_LABELS } from '../../../../shared/domain/enums.ts';
import type { DrilldownSession } from '../../../../shared/domain/indicators/drilldown.ts';
import type { ValueOrigin } from '../../../../shared/domain/indicators/effective.ts';
import { useQuery } from '../../api/use-query.ts';
import { formatHours } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { VirtualTable, type Column } from '../../components/VirtualTable.tsx';
import { indicatorTexts as t } from './texts.ts';

const origin = (o: ValueOrigin) => (o === 'course' ? t.drill.fromCourse : o === 'default' ? t.drill.byDefault : '');
const c = t.drill.columns;

const allColumns: Column<DrilldownSession>[] = [
  { key: 'date', header: c.date, width: '150px', render: (s) => `${s.date}${s.start ? ` ${s.start}` : ''}` },
  { key: 'class', header: c.class, width: 'minmax(0, 1.2fr)', render: (s) => s.className },
  { key: 'course', header: c.course, width: 'minmax(0, 1.6fr)', render: (s) => s.courseTitle },
  { key: 'hours', header: c.hours, width: '56px', align: 'right', render: (s) => formatHours(s.hours) },
  { key: 'category', header: c.category, width: 'minmax(0, 1fr)', render: (s) => `${CATEGORY_LABELS[s.category]}${origin(s.origins.category)}` },
  { key: 'method', header: c.method, width: 'minmax(0, 0.9fr)', render: (s) => `${METHOD_LABELS[s.method]}${origin(s.origins.method)}` },
  { key: 'form', header: c.form, width: 'minmax(0, 0.9fr)', render: (s) => `${FORM_LABELS[s.form]}${origin(s.origins.form)}` },
  {
    key: 'lecturers',
    header: c.lecturers,
    width: 'minmax(0, 1.4fr)',
    render: (s) => s.lecturers.map((l) => `${l.name}${l.type ? `（${FACULTY_TYPE_LABELS[l.type]}）` : ''}`).join('、') || '—',
  },
  { key: 'counted', header: c.counted, width: '80px', align: 'right', render: (s) => (s.numeratorHours > 0 ? formatHours(s.numeratorHours) : '—') },
];

/** The sessions behind a figure (one class, or the whole scope): which hours count and why. */
export function DrilldownSessions({ semester, indicator, klass, onOpen }: { semester: string; indicator: string; klass?: string; onOpen(s: DrilldownSession): void }) {
  const q = useQuery('indicators.drilldown', klass ? { semester, indicator, class: klass } : { semester, indicator });
  if (q.error) return <QueryError error={q.error} onRetry={q.refetch} />;
  if (!q.data) return <Loading />;
  const d = q.data;
  // One class's sessions need no class column.
  const columns = klass ? allColumns.filter((col) => col.key !== 'class') : allColumns;
  return (
    <>
      <Group mb="xs" justify="space-between">
        <Text size="sm" data-testid="drilldown-summary">
          {t.drill.sessionsSummary(d.sessions.length, formatHours(d.numerator), formatHours(d.denominator))}
        </Text>
        <Text size="xs" c="dimmed">
          {t.drill.originsHint}
        </Text>
      </Group>
      <VirtualTable rows={d.sessions} columns={columns} onOpen={onOpen} label={t.drill.sessions} bottomSpace={24} />
    </>
  );
}
