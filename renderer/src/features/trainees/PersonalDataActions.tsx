import { Button } from '@mantine/core';
import { IconFileExport, IconUserX } from '@tabler/icons-react';
import { useState } from 'react';
import type { Trainee } from '../../../../shared/domain/types.ts';
import { api } from '../../api/client.ts';
import { downloadJson } from '../../components/download.ts';
import { notifyError, notifySaved } from '../../components/notify.ts';
import { useCan } from '../auth/use-can.ts';
import { EraseTraineeModal, type Erased } from './EraseTraineeModal.tsx';
import { traineeTexts } from './texts.ts';

const t = traineeTexts.personal;

/** 导出个人信息 (everything held about the trainee, as JSON) and 删除个人信息 (administrators). */
export function PersonalDataActions({ trainee, records, onErased }: { trainee: Trainee; records: number; onErased: (e: Erased) => void }) {
  const canExport = useCan('personalData.export');
  const canErase = useCan('personalData.erase');
  const [exporting, setExporting] = useState(false);
  const [erasing, setErasing] = useState(false);

  const exportData = async () => {
    setExporting(true);
    try {
      const data = await api.call('personalData.export', { trainee: trainee.id });
      const name = t.fileName(trainee.id);
      downloadJson(name, data, 2);
      notifySaved(t.exported(name));
    } catch (e) {
      notifyError(t.exportFailed, e);
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      {canExport && (
        <Button variant="default" leftSection={<IconFileExport size={16} />} loading={exporting} onClick={() => void exportData()}>
          {t.export}
        </Button>
      )}
      {canErase && (
        <Button variant="outline" color="red" leftSection={<IconUserX size={16} />} onClick={() => setErasing(true)}>
          {t.erase}
        </Button>
      )}
      {erasing && <EraseTraineeModal trainee={trainee} records={records} onClose={() => setErasing(false)} onErased={onErased} />}
    </>
  );
}
