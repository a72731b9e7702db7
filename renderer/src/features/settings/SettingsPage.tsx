import { SimpleGrid, Stack } from '@mantine/core';
import { useQuery } from '../../api/use-query.ts';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { Section } from '../../components/Section.tsx';
import { IdleLockForm } from '../admin/IdleLockForm.tsx';
import { adminTexts } from '../admin/texts.ts';
import { useCan } from '../auth/use-can.ts';
import { ExcelImportPanel } from '../excel/ExcelImportPanel.tsx';
import { excelTexts } from '../excel/texts.ts';
import { ExportPanel } from './ExportPanel.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { InstitutionForm } from './InstitutionForm.tsx';
import { StoreInfo } from './StoreInfo.tsx';
import { settingsTexts as t } from './texts.ts';

/** 设置: the institution profile, the store, and the exchange document in and out. */
export function SettingsPage() {
  const institution = useQuery('institution.get', {});
  const info = useQuery('app.info', {});
  const error = institution.error ?? info.error;
  const canSetLock = useCan('auth.updateSettings');
  const canImport = useCan('exchange.import');
  return (
    <>
      <PageHeader title={t.title} description={t.description} />
      {error && <QueryError error={error} onRetry={() => (institution.refetch(), info.refetch())} />}
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <Section title={t.institution.title} hint={t.institution.hint}>
            {institution.loading ? <Loading /> : <InstitutionForm key={JSON.stringify(institution.data)} institution={institution.data ?? null} />}
          </Section>
          <Section title={t.store.title}>{info.data ? <StoreInfo info={info.data} /> : <Loading />}</Section>
        </SimpleGrid>
        {canSetLock && (
          <Section title={adminTexts.idleLock.title}>
            <IdleLockForm />
          </Section>
        )}
        <Section title={excelTexts.title}>
          <ExcelImportPanel />
        </Section>
        {canImport && (
          <Section title={t.import.title}>
            <ImportPanel />
          </Section>
        )}
        <Section title={t.export.title}>
          <ExportPanel />
        </Section>
      </Stack>
    </>
  );
}
