import { UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { commonTexts } from './texts.ts';

/** A column header that orders the list by its column; pressing it again reverses the order. */
export function SortHeader({ label, direction, onClick }: { label: string; direction: 'asc' | 'desc' | null; onClick: () => void }) {
  const Icon = direction === 'asc' ? IconArrowUp : direction === 'desc' ? IconArrowDown : IconArrowsSort;
  return (
    <UnstyledButton
      onClick={onClick}
      title={direction === 'asc' ? commonTexts.sortDesc(label) : commonTexts.sortAsc(label)}
      style={{ display: 'inline-flex', alignItems: 'center', gap: 4, font: 'inherit', color: 'inherit' }}
    >
      {label}
      <Icon size={14} stroke={1.8} opacity={direction ? 1 : 0.45} />
    </UnstyledButton>
  );
}
