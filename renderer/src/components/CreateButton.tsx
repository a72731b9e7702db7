import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';

/** A list page's 新建/新增 button, in its header and in its empty state. */
export function CreateButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button leftSection={<IconPlus size={18} />} onClick={onClick}>
      {label}
    </Button>
  );
}
