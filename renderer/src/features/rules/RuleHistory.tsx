import { Accordion, Badge, Code, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '../../api/use-query.ts';
import { Loading } from '../../components/Loading.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { rulesTexts as t } from './texts.ts';

/** Every saved version, and for each changed rule who changed it, when, and what it was before and after. */
export function RuleHistory() {
  const q = useQuery('rules.history', {});
  if (q.error) return <QueryError error={q.error} onRetry={q.refetch} />;
  if (!q.data) return <Loading />;
  if (q.data.versions.length === 0) return <Text c="dimmed" size="sm">{t.noHistory}</Text>;
  return (
    <Accordion variant="separated">
      {q.data.versions.map((v) => (
        <Accordion.Item key={v.version} value={String(v.version)}>
          <Accordion.Control>
            <Text size="sm">{t.historyRow(v.version, v.createdAt.replace('T', ' ').slice(0, 19), v.author, v.changes)}</Text>
            {v.note && <Text size="xs" c="dimmed">{v.note}</Text>}
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap="sm">
              {q.data!.changes
                .filter((c) => c.version === v.version)
                .map((c) => (
                  <div key={`${c.version}:${c.rule}`}>
                    <Group gap={6} mb={4}>
                      <Badge variant="light">{t.change[c.change]}</Badge>
                      <Text size="sm" fw={600}>{c.rule}</Text>
                    </Group>
                    <SimpleGrid cols={2}>
                      <div>
                        <Text size="xs" c="dimmed">{t.before}</Text>
                        <Code block fz="xs">{c.before === null ? '—' : JSON.stringify(c.before, null, 1)}</Code>
                      </div>
                      <div>
                        <Text size="xs" c="dimmed">{t.after}</Text>
                        <Code block fz="xs">{c.after === null ? '—' : JSON.stringify(c.after, null, 1)}</Code>
                      </div>
                    </SimpleGrid>
                  </div>
                ))}
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
