import { Group, SegmentedControl, Text } from '@mantine/core';
import { commonTexts } from './texts.ts';

/** 全部 / 是 / 否 for a yes-no field; the value is '' / '1' / '0'. */
export function FlagFilter({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <SegmentedControl
        size="xs"
        aria-label={label}
        value={value}
        onChange={onChange}
        data={[
          { value: '', label: commonTexts.all },
          { value: '1', label: commonTexts.yes },
          { value: '0', label: commonTexts.no },
        ]}
      />
    </Group>
  );
}
