import { Button, Stack, Text } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { downloadJson } from '../../components/download.ts';
import { notifyError, notifySaved } from '../../components/notify.ts';
import { settingsTexts } from './texts.ts';

const t = settingsTexts.export;

/** Exports the whole store as an exchange document and hands it to the browser as a download. */
export function ExportPanel() {
  const [running, setRunning] = useState(false);
  const run = async () => {
    setRunning(true);
    try {
      const document = await api.call('exchange.export', {});
      const name = `教务通-交换文件-${dayjs().format('YYYYMMDD-HHmm')}.json`;
      downloadJson(name, document, 1);
      notifySaved(t.done(name));
    } catch (error) {
      notifyError(t.failed, error);
    } finally {
      setRunning(false);
    }
  };
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t.hint}
      </Text>
      <Button variant="default" leftSection={<IconFileExport size={18} />} onClick={run} loading={running} w="fit-content">
        {t.button}
      </Button>
    </Stack>
  );
}
