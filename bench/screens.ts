// Where the benchmark finds the screens it times in Chromium; undefined until the renderer's screens land.
import type { Screens } from './browser.ts';

export const SCREENS: Screens | undefined = undefined;
