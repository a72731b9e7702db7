import { Select, type SelectProps } from '@mantine/core';

/**
 * One select of a list's filter bar: named by `label` (its placeholder unless given another, and its
 * accessible name), cleared to show all; `value` is the filter's value in the address, if set.
 */
export function FilterSelect({ label, value, ...props }: Omit<SelectProps, 'label' | 'value' | 'aria-label'> & { label: string; value: string | undefined }) {
  return <Select aria-label={label} placeholder={label} value={value ?? null} clearable {...props} />;
}
