import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useMutation } from '../../api/use-mutation.ts';
import { useQuery } from '../../api/use-query.ts';
import { Loading } from '../../components/Loading.tsx';
import { notifyError, notifySaved } from '../../components/notify.ts';
import { commonTexts } from '../../components/texts.ts';
import { adminTexts } from './texts.ts';

const t = adminTexts.idleLock;

/** The idle time after which the app locks (administrators; the backend ends sessions at the same time). */
export function IdleLockForm() {
  const { data } = useQuery('auth.settings', {});
  const save = useMutation('auth.updateSettings');
  const [minutes, setMinutes] = useState<number | string | null>(null);
  if (!data) return <Loading />;
  const value = minutes ?? data.idleMinutes;
  const submit = async () => {
    try {
      const saved = await save.run({ idleMinutes: Number(value) });
      setMinutes(null);
      notifySaved(t.saved(saved.idleMinutes));
    } catch (e) {
      notifyError(t.failed, e);
    }
  };
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t.hint}
      </Text>
      <Group align="flex-end">
        <NumberInput label={t.minutes} value={value} onChange={setMinutes} min={1} max={1440} allowDecimal={false} w={220} />
        <Button onClick={() => void submit()} loading={save.pending} disabled={Number(value) === data.idleMinutes}>
          {commonTexts.save}
        </Button>
      </Group>
    </Stack>
  );
}
