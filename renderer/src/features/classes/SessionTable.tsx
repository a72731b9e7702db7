import { Badge, Table } from '@mantine/core';
import { CATEGORY_LABELS, COURSE_DEFAULTS, FORM_LABELS, METHOD_LABELS } from '../../../../shared/domain/enums.ts';
import type { Course, Faculty, Session } from '../../../../shared/domain/types.ts';
import { formatHours } from '../../components/format.ts';
import { commonTexts } from '../../components/texts.ts';
import { classTexts as t } from './texts.ts';

/**
 * A class's sessions. Category, method and form are the session's own, else its course's, else the
 * defaults (counting rule 2).
 */
export function SessionTable({ rows, courses, faculty }: { rows: Session[]; courses: Map<string, Course>; faculty: Map<string, Faculty> }) {
  return (
    <Table striped verticalSpacing="xs" aria-label={t.sessionsTitle}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={110}>{t.sessionColumns.date}</Table.Th>
          <Table.Th w={70}>{t.sessionColumns.time}</Table.Th>
          <Table.Th w={60} ta="right">
            {t.sessionColumns.hours}
          </Table.Th>
          <Table.Th>{t.sessionColumns.course}</Table.Th>
          <Table.Th w={120}>{t.sessionColumns.category}</Table.Th>
          <Table.Th w={90}>{t.sessionColumns.method}</Table.Th>
          <Table.Th w={90}>{t.sessionColumns.form}</Table.Th>
          <Table.Th>{t.sessionColumns.lecturers}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((s) => {
          const course = courses.get(s.course);
          return (
            <Table.Tr key={s.id} tabIndex={0}>
              <Table.Td>{s.date}</Table.Td>
              <Table.Td>{s.start ?? commonTexts.none}</Table.Td>
              <Table.Td ta="right">{formatHours(s.hours)}</Table.Td>
              <Table.Td>{course?.title ?? s.course}</Table.Td>
              <Table.Td>{CATEGORY_LABELS[s.category ?? course?.category ?? COURSE_DEFAULTS.category]}</Table.Td>
              <Table.Td>{METHOD_LABELS[s.method ?? course?.method ?? COURSE_DEFAULTS.method]}</Table.Td>
              <Table.Td>{FORM_LABELS[s.form ?? course?.form ?? COURSE_DEFAULTS.form]}</Table.Td>
              <Table.Td>
                {s.lecturers.length > 0 ? (
                  s.lecturers.map((id) => faculty.get(id)?.name ?? id).join('、')
                ) : (
                  <Badge color="orange" variant="light">
                    {t.noLecturer}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
