import { Badge, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { RenewalDetail } from '../../../../shared/domain/indicators/types.ts';
import { RouteLink } from '../../components/RouteLink.tsx';
import { indicatorTexts as t } from './texts.ts';

type Course = NonNullable<RenewalDetail['courses']>[number];

/** The courses main classes offered in the year, and why each counts as renewed. */
export function RenewedCourses({ year, courses }: { year: number; courses: Course[] }) {
  const [renewedOnly, setRenewedOnly] = useState(true);
  const rows = renewedOnly ? courses.filter((c) => c.renewed) : courses;
  const c = t.renewal.columns;
  return (
    <>
      <Switch label={t.renewal.renewedOnly} checked={renewedOnly} onChange={(e) => setRenewedOnly(e.currentTarget.checked)} mb="xs" />
      <Table verticalSpacing="xs" aria-label={t.renewal.courses(year)}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{c.course}</Table.Th>
            <Table.Th>{c.firstOffered}</Table.Th>
            <Table.Th>{c.reason}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((course) => (
            <Table.Tr key={course.course}>
              <Table.Td>
                <RouteLink to={`/courses/${encodeURIComponent(course.course)}`}>{course.title}</RouteLink>
              </Table.Td>
              <Table.Td>{course.firstOfferedYear ?? '—'}</Table.Td>
              <Table.Td>
                {course.firstOfferedYear === year && <Badge variant="light" mr={4}>{t.renewal.newCourse}</Badge>}
                {course.revised && <Badge variant="light" color="grape">{t.renewal.revised}</Badge>}
                {!course.renewed && <Text size="sm" c="dimmed">{t.renewal.notRenewed}</Text>}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
