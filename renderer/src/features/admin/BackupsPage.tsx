import { Alert, Button, Code, Group, Text } from '@mantine/core';
import { IconDatabaseExport, IconDatabase } from '@tabler/icons-react';
import { useState } from 'react';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import { useMutation } from '../../api/use-mutation.ts';
import { useQuery } from '../../api/use-query.ts';
import { EmptyHint } from '../../components/EmptyHint.tsx';
import { Loading } from '../../components/Loading.tsx';
import { notifyError, notifySaved } from '../../components/notify.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { useCan } from '../auth/use-can.ts';
import { BackupTable } from './BackupTable.tsx';
import { RestoreModal } from './RestoreModal.tsx';
import { adminTexts } from './texts.ts';

const t = adminTexts.backups;
type Backup = MethodOutput<'backup.list'>['backups'][number];

/** 备份与恢复: every backup of the store, a backup now, and restoring one (administrators). */
export function BackupsPage() {
  const { data, error, refetch } = useQuery('backup.list', {});
  const create = useMutation('backup.create');
  const canCreate = useCan('backup.create');
  const canRestore = useCan('backup.restore');
  const [restoring, setRestoring] = useState<Backup | null>(null);

  const backupNow = async () => {
    try {
      notifySaved(t.created((await create.run({})).name));
    } catch (e) {
      notifyError(t.createFailed, e);
    }
  };

  const actions = canCreate && (
    <Button leftSection={<IconDatabaseExport size={18} />} onClick={() => void backupNow()} loading={create.pending}>
      {t.backupNow}
    </Button>
  );

  return (
    <>
      <PageHeader title={t.title} description={t.description} actions={actions} />
      {error && <QueryError error={error} onRetry={refetch} />}
      {!data ? (
        !error && <Loading />
      ) : (
        <>
          <Group gap="xs" mb="sm">
            <Text size="sm" c="dimmed">
              {t.folder}
            </Text>
            <Code data-testid="backup-folder">{data.folder}</Code>
          </Group>
          {!canRestore && (
            <Alert color="gray" mb="sm">
              {t.readOnly}
            </Alert>
          )}
          {data.backups.length === 0 ? (
            <EmptyHint icon={<IconDatabase />} title={t.empty} description={t.emptyHint} />
          ) : (
            <BackupTable backups={data.backups} onRestore={canRestore ? setRestoring : undefined} />
          )}
        </>
      )}
      {restoring && <RestoreModal backup={restoring} onClose={() => setRestoring(null)} />}
    </>
  );
}
