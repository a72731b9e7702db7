import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { commonTexts } from './texts.ts';

export function QueryError({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  return (
    <Alert color="red" icon={<IconAlertTriangle />} title={commonTexts.loadFailed} my="md">
      {error.message}
      {onRetry && (
        <Button size="xs" variant="light" color="red" ml="md" onClick={onRetry}>
          {commonTexts.retry}
        </Button>
      )}
    </Alert>
  );
}
