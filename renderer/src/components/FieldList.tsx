import { DataList } from '@mantine/core';
import type { ReactNode } from 'react';

/** A record's fields as label/value pairs. */
export function FieldList({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <DataList labelWidth={120} withDivider gap="xs">
      {items.map((item) => (
        <DataList.Item key={item.label}>
          <DataList.ItemLabel>{item.label}</DataList.ItemLabel>
          <DataList.ItemValue>{item.value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
