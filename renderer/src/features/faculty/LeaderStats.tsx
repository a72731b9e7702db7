import { Accordion, Badge, Group, Table, Text } from '@mantine/core';
import { useQuery } from '../../api/use-query.ts';
import { formatHours, formatPercent } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { facultyTexts } from './texts.ts';
import { RouteLink } from '../../components/RouteLink.tsx';

const t = facultyTexts.leaders;

/** Leading cadres' teaching per semester: their share of main-class hours, and who taught how much. */
export function LeaderStats() {
  const { data, error, refetch } = useQuery('faculty.leaderStats', {});
  if (error) return <QueryError error={error} onRetry={refetch} />;
  if (!data) return <Loading />;
  if (data.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t.empty}
      </Text>
    );
  const semesters = [...data].reverse();
  return (
    <>
      <Text size="sm" c="dimmed" mb="md">
        {t.hint}
      </Text>
      <Accordion variant="separated" multiple defaultValue={[semesters[0]!.semester]}>
        {semesters.map((s) => (
          <Accordion.Item key={s.semester} value={s.semester}>
            <Accordion.Control>
              <Group gap="lg" wrap="nowrap">
                <Text fw={600} w={160}>
                  {s.semesterName}
                </Text>
                <Text size="sm">
                  {t.leaderMainHours} {formatHours(s.leaderMainHours)} / {t.mainHours} {formatHours(s.mainHours)}
                </Text>
                <Badge variant="light" color="blue" size="lg">
                  {s.mainHours > 0 ? formatPercent(s.leaderMainHours / s.mainHours) : t.noData}
                </Badge>
                <Text size="sm" c="dimmed">
                  {t.count} {s.leaders.length}
                </Text>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              {s.leaders.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t.noLeaders}
                </Text>
              ) : (
                <Table verticalSpacing={4} aria-label={`${s.semesterName} ${facultyTexts.tabs.leaders}`}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t.name}</Table.Th>
                      <Table.Th>{t.title}</Table.Th>
                      <Table.Th>{t.organization}</Table.Th>
                      <Table.Th ta="right">{t.sessions}</Table.Th>
                      <Table.Th ta="right">{t.hours}</Table.Th>
                      <Table.Th ta="right">{t.mainHoursCol}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {s.leaders.map((l) => (
                      <Table.Tr key={l.id}>
                        <Table.Td>
                          <RouteLink to={`/faculty/${encodeURIComponent(l.id)}`}>{l.name}</RouteLink>
                        </Table.Td>
                        <Table.Td>{l.title ?? ''}</Table.Td>
                        <Table.Td>{l.organization ?? ''}</Table.Td>
                        <Table.Td ta="right">{l.sessions}</Table.Td>
                        <Table.Td ta="right">{formatHours(l.hours)}</Table.Td>
                        <Table.Td ta="right">{formatHours(l.mainHours)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </>
  );
}
