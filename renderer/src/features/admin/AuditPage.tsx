import { Button, Group, Pagination, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeCsv, IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import { api } from '../../api/client.ts';
import { useQuery } from '../../api/use-query.ts';
import { downloadBase64 } from '../../components/download.ts';
import { EmptyHint } from '../../components/EmptyHint.tsx';
import { Loading } from '../../components/Loading.tsx';
import { notifyError, notifySaved } from '../../components/notify.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { AuditDrawer } from './AuditDrawer.tsx';
import { AuditFilters } from './AuditFilters.tsx';
import { AuditTable } from './AuditTable.tsx';
import { AUDIT_PAGE_SIZE, auditQuery, type AuditFilterValues } from './audit-filter.ts';
import { adminTexts } from './texts.ts';

const t = adminTexts.audit;
type Entry = MethodOutput<'audit.list'>['rows'][number];

/** 审计日志 (administrators): search and filter, one page at a time, an entry's values side by side, export. */
export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(params.entries()) as AuditFilterValues;
  const input = auditQuery(values);
  const { data, error, refetch } = useQuery('audit.list', input);
  const [open, setOpen] = useState<Entry | null>(null);
  const [exporting, setExporting] = useState<'csv' | 'xlsx' | null>(null);
  const [cleared, setCleared] = useState(0);
  const page = Math.max(1, Number(values.page) || 1);

  /** Filters live in the address; changing one goes back to the first page. */
  const update = (patch: AuditFilterValues | null) => {
    if (!patch) setCleared((c) => c + 1);
    setParams(
      (prev) => {
        const next = new URLSearchParams(patch ? prev : undefined);
        if (patch && !('page' in patch)) next.delete('page');
        for (const [k, v] of Object.entries(patch ?? {})) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      },
      { replace: true },
    );
  };
  const exportAs = async (format: 'csv' | 'xlsx') => {
    setExporting(format);
    try {
      // every filtered entry, not only the page on screen
      const file = await api.call('audit.export', { ...input, limit: 10_000, offset: 0, format });
      downloadBase64(file.fileName, file.base64, file.mimeType);
      notifySaved(t.exported(file.fileName, file.rows));
    } catch (e) {
      notifyError(t.exportFailed, e);
    } finally {
      setExporting(null);
    }
  };

  const actions = (
    <>
      <Button variant="default" leftSection={<IconFileTypeCsv size={18} />} loading={exporting === 'csv'} onClick={() => void exportAs('csv')}>
        {t.exportCsv}
      </Button>
      <Button variant="default" leftSection={<IconFileSpreadsheet size={18} />} loading={exporting === 'xlsx'} onClick={() => void exportAs('xlsx')}>
        {t.exportXlsx}
      </Button>
    </>
  );

  return (
    <>
      <PageHeader title={t.title} description={t.description} actions={actions} />
      <AuditFilters key={cleared} values={values} onChange={(key, value) => update({ [key]: value ?? undefined })} onClear={() => update(null)} />
      {error && <QueryError error={error} onRetry={refetch} />}
      {!data ? (
        !error && <Loading />
      ) : data.total === 0 ? (
        <EmptyHint icon={<IconHistory />} title={t.empty} description={t.emptyHint} />
      ) : (
        <>
          <AuditTable rows={data.rows} onOpen={setOpen} />
          <Group justify="space-between" mt="sm">
            <Text c="dimmed" size="sm" data-testid="audit-total">
              {t.total(data.total)}
              {data.total > 10_000 && `（${t.exportLimit}）`}
            </Text>
            <Pagination total={Math.ceil(data.total / AUDIT_PAGE_SIZE)} value={page} onChange={(p) => update({ page: p === 1 ? undefined : String(p) })} size="sm" />
          </Group>
        </>
      )}
      <AuditDrawer entry={open} onClose={() => setOpen(null)} />
    </>
  );
}
