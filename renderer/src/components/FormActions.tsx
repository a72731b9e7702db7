import { Button, Group } from '@mantine/core';
import { commonTexts } from './texts.ts';

/** The foot of an edit form: 取消 and the submit button (保存 unless told otherwise). */
export function FormActions({ onCancel, submitting, submitLabel = commonTexts.save }: { onCancel(): void; submitting: boolean; submitLabel?: string }) {
  return (
    <Group justify="flex-end" mt="xl">
      <Button variant="default" onClick={onCancel}>
        {commonTexts.cancel}
      </Button>
      <Button type="submit" loading={submitting}>
        {submitLabel}
      </Button>
    </Group>
  );
}
