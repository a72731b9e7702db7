import { Center, Loader, Text } from '@mantine/core';
import { commonTexts } from './texts.ts';

export function Loading() {
  return (
    <Center py="xl" c="dimmed">
      <Loader size="sm" mr="sm" />
      <Text size="sm">{commonTexts.loading}</Text>
    </Center>
  );
}
