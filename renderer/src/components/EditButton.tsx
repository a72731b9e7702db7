import { Button } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { commonTexts } from './texts.ts';

/** 编辑 on a detail page: opens the record's form. */
export function EditButton({ onClick }: { onClick: () => void }) {
  return (
    <Button variant="default" leftSection={<IconPencil size={16} />} onClick={onClick}>
      {commonTexts.edit}
    </Button>
  );
}
