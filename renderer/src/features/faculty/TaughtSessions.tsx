import { Table } from '@mantine/core';
import type { Session } from '../../../../shared/domain/types.ts';
import { formatHours } from '../../components/format.ts';
import { useCourseMap, useFacultyMap } from '../../lookups/use-lookups.ts';
import { facultyTexts } from './texts.ts';
import { RouteLink } from '../../components/RouteLink.tsx';

const t = facultyTexts.sessions;

/** The sessions a lecturer teaches, with their share of each session's hours. */
export function TaughtSessions({ lecturer, sessions, classNames }: { lecturer: string; sessions: Session[]; classNames: Map<string, string> }) {
  const courses = useCourseMap();
  const faculty = useFacultyMap();
  return (
    <Table striped verticalSpacing={4} aria-label={t.title}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={110}>{t.date}</Table.Th>
          <Table.Th>{t.className}</Table.Th>
          <Table.Th>{t.course}</Table.Th>
          <Table.Th w={60} ta="right">
            {t.hours}
          </Table.Th>
          <Table.Th w={80} ta="right">
            {t.share}
          </Table.Th>
          <Table.Th>{t.coLecturers}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sessions.map((s) => (
          <Table.Tr key={s.id}>
            <Table.Td>{s.date}</Table.Td>
            <Table.Td>
              <RouteLink to={`/classes/${encodeURIComponent(s.class)}`}>{classNames.get(s.class) ?? s.class}</RouteLink>
            </Table.Td>
            <Table.Td>
              <RouteLink to={`/courses/${encodeURIComponent(s.course)}`}>{courses.get(s.course)?.title ?? s.course}</RouteLink>
            </Table.Td>
            <Table.Td ta="right">{formatHours(s.hours)}</Table.Td>
            <Table.Td ta="right">{formatHours(s.hours / s.lecturers.length)}</Table.Td>
            <Table.Td>
              {s.lecturers
                .filter((id) => id !== lecturer)
                .map((id) => faculty.get(id)?.name ?? id)
                .join('、')}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
