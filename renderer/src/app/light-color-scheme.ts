// The app has one colour scheme, light. Mantine's default manager reads it from localStorage during the
// first render, and opening the origin's storage held up the first paint (tens of ms in a Chromium profile).
import type { MantineColorSchemeManager } from '@mantine/core';

export const lightColorScheme: MantineColorSchemeManager = {
  get: () => 'light',
  set: () => undefined,
  subscribe: () => undefined,
  unsubscribe: () => undefined,
  clear: () => undefined,
};
