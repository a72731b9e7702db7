import { Code, ScrollArea, Table } from '@mantine/core';
import type { ApiIssue } from '../../api/api-error.ts';
import { settingsTexts } from './texts.ts';

const t = settingsTexts.import;

function show(value: unknown): string {
  if (value === undefined) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** Every problem of a rejected or warned import: where, why, and the value found there. */
export function ImportIssues({ issues }: { issues: ApiIssue[] }) {
  return (
    <ScrollArea.Autosize mah={360} type="auto">
      <Table striped verticalSpacing={4} fz="sm" layout="fixed" aria-label={t.rejected} data-testid="import-issues">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={220}>{t.path}</Table.Th>
            <Table.Th>{t.message}</Table.Th>
            <Table.Th w={180}>{t.value}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {issues.map((issue, i) => (
            <Table.Tr key={`${issue.path}-${i}`}>
              <Table.Td>
                <Code>{issue.path || '—'}</Code>
              </Table.Td>
              <Table.Td>{issue.message}</Table.Td>
              <Table.Td>{show(issue.value)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
