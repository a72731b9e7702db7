import { Code, SimpleGrid, Stack, Text } from '@mantine/core';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import { FieldList } from '../../components/FieldList.tsx';
import { settingsTexts } from './texts.ts';

const t = settingsTexts;

/** Where the store lives, whether its integrity check found it intact, and how many records of each kind it holds. */
export function StoreInfo({ info }: { info: MethodOutput<'app.info'> }) {
  return (
    <Stack gap="md">
      <FieldList
        items={[
          { label: t.store.path, value: <Code style={{ wordBreak: 'break-all' }}>{info.storePath}</Code> },
          { label: t.store.version, value: info.version },
          { label: t.store.schema, value: info.schemaVersion },
          {
            label: t.store.integrity,
            value: (
              <Text size="sm" c={info.integrity.status === 'corrupt' ? 'red' : undefined} data-testid="store-integrity">
                {info.integrity.message ?? t.store.integrityStatus[info.integrity.status]}
              </Text>
            ),
          },
        ]}
      />
      <Text size="sm" fw={500}>
        {t.store.counts}
      </Text>
      <SimpleGrid cols={4} spacing="xs" data-testid="store-counts">
        {(Object.keys(t.kinds) as (keyof typeof t.kinds)[]).map((k) => (
          <Stack key={k} gap={0} p="xs" bg="gray.0" style={{ borderRadius: 4 }}>
            <Text size="xs" c="dimmed">
              {t.kinds[k]}
            </Text>
            <Text fw={600}>{info.counts[k].toLocaleString('zh-CN')}</Text>
          </Stack>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
