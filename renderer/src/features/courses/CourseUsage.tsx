import { Badge, Grid, Table, Text } from '@mantine/core';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import { formatHours } from '../../components/format.ts';
import { courseTexts } from './texts.ts';
import { RouteLink } from '../../components/RouteLink.tsx';

const t = courseTexts.usage;

/** Where a course has been taught: per year and per class. */
export function CourseUsage({ usage }: { usage: MethodOutput<'courses.usage'> }) {
  if (usage.classes.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t.empty}
      </Text>
    );
  return (
    <Grid gap="lg" align="flex-start">
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Table verticalSpacing={6} aria-label={t.byYear}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.year}</Table.Th>
              <Table.Th ta="right">{t.classes}</Table.Th>
              <Table.Th ta="right">{t.sessions}</Table.Th>
              <Table.Th ta="right">{t.hours}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {usage.years.map((y) => (
              <Table.Tr key={y.year}>
                <Table.Td>{y.year}</Table.Td>
                <Table.Td ta="right">{y.classes}</Table.Td>
                <Table.Td ta="right">{y.sessions}</Table.Td>
                <Table.Td ta="right">{formatHours(y.hours)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Table verticalSpacing={6} aria-label={t.byClass}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.className}</Table.Th>
              <Table.Th>{t.semester}</Table.Th>
              <Table.Th ta="right">{t.sessions}</Table.Th>
              <Table.Th ta="right">{t.hours}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {usage.classes.map((c) => (
              <Table.Tr key={c.class}>
                <Table.Td>
                  <RouteLink to={`/classes/${encodeURIComponent(c.class)}`}>{c.className}</RouteLink>
                  {c.isMain && (
                    <Badge ml={6} size="xs" variant="light">
                      {t.main}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{c.semesterName}</Table.Td>
                <Table.Td ta="right">{c.sessions}</Table.Td>
                <Table.Td ta="right">{formatHours(c.hours)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Grid.Col>
    </Grid>
  );
}
