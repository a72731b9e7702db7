import { Alert, Button, Group, Stack } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { BackLink } from '../../components/BackLink.tsx';
import { Link } from 'react-router-dom';
import { useCan } from '../auth/use-can.ts';
import type { Erased } from './EraseTraineeModal.tsx';
import { traineeTexts as t } from './texts.ts';

/** What the trainee page shows once the trainee's personal data is erased. */
export function ErasedNotice({ erased }: { erased: Erased }) {
  const canReadAudit = useCan('audit.list');
  return (
    <Stack gap="md">
      <BackLink to="/trainees" label={t.backToList} />
      <Alert color="teal" icon={<IconCircleCheck />} title={t.personal.erasedTitle} data-testid="erased-notice">
        {t.personal.erasedMessage(erased.name, erased.trainingRecords, erased.auditEntriesStripped)}
        {canReadAudit && (
          <Group mt="sm">
            <Button component={Link} to="/audit?action=erase" size="xs" variant="light" color="teal">
              {t.personal.viewAudit}
            </Button>
          </Group>
        )}
      </Alert>
    </Stack>
  );
}
