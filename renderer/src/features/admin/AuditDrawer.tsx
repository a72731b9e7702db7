import { Code, Drawer, Stack, Table, Text } from '@mantine/core';
import dayjs from 'dayjs';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import { auditActionLabel, auditFieldLabel, auditKindLabel } from '../../../../shared/domain/admin/audit-labels.ts';
import { diffValues } from '../../../../shared/domain/admin/value-diff.ts';
import { FieldList } from '../../components/FieldList.tsx';
import { adminTexts } from './texts.ts';

const t = adminTexts.audit;
type Entry = MethodOutput<'audit.list'>['rows'][number];

/** One audit entry: who, when, what, and the values before and after side by side, changes marked. */
export function AuditDrawer({ entry, onClose }: { entry: Entry | null; onClose: () => void }) {
  const rows = entry ? diffValues(entry.before, entry.after) : [];
  return (
    <Drawer opened={entry !== null} onClose={onClose} position="right" size="xl" title={entry ? t.drawerTitle(entry.id) : ''}>
      {entry && (
        <Stack gap="md">
          <FieldList
            items={[
              { label: t.columns.at, value: dayjs(entry.at).format('YYYY-MM-DD HH:mm:ss') },
              { label: t.columns.user, value: entry.username },
              { label: t.columns.action, value: auditActionLabel(entry.method) },
              { label: t.columns.kind, value: auditKindLabel(entry.kind) },
              { label: t.columns.recordId, value: entry.recordId ?? '—' },
              { label: t.method, value: <Code>{entry.method}</Code> },
            ]}
          />
          {rows.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t.noValues}
            </Text>
          ) : (
            <Table withTableBorder withColumnBorders aria-label={`${t.before} / ${t.after}`} layout="fixed">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={150}>{t.field}</Table.Th>
                  <Table.Th>{t.before}</Table.Th>
                  <Table.Th>{t.after}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.field} bg={r.changed ? 'yellow.0' : undefined} data-changed={r.changed || undefined}>
                    <Table.Td fw={r.changed ? 600 : undefined} title={r.field || undefined}>
                      {r.field ? auditFieldLabel(entry.kind, r.field) : t.wholeValue}
                    </Table.Td>
                    <Table.Td style={{ wordBreak: 'break-all' }} c={r.changed ? 'red.8' : undefined}>
                      {r.before}
                    </Table.Td>
                    <Table.Td style={{ wordBreak: 'break-all' }} c={r.changed ? 'teal.8' : undefined}>
                      {r.after}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
