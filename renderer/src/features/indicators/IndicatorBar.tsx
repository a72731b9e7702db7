import { Box, Progress } from '@mantine/core';
import { barPercent, thresholdMark } from './format.ts';

/** The value as a bar, with a tick where the threshold is. */
export function IndicatorBar({ value, threshold, color }: { value: number | undefined; threshold: number; color: string }) {
  return (
    <Box pos="relative" my={6}>
      <Progress value={barPercent(value, threshold)} color={color} size="lg" radius="sm" aria-hidden />
      <Box pos="absolute" top={-3} bottom={-3} left={`${thresholdMark}%`} w={2} bg="dark.4" aria-hidden />
    </Box>
  );
}
