import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';

/** A search box that reports its text after the user pauses typing (or at once on Enter). */
export function SearchInput({ value, onChange, placeholder }: { value: string; onChange: (q: string) => void; placeholder: string }) {
  const [text, setText] = useState(value);
  const report = useDebouncedCallback(onChange, 250);
  return (
    <TextInput
      leftSection={<IconSearch size={16} />}
      placeholder={placeholder}
      aria-label={placeholder}
      value={text}
      w={260}
      onChange={(e) => {
        setText(e.currentTarget.value);
        report(e.currentTarget.value.trim());
      }}
      // Enter reports the pending text now (once: a second, later report would undo filters changed meanwhile).
      onKeyDown={(e) => e.key === 'Enter' && report.flush()}
    />
  );
}
