// A screen whose code is loaded on its first visit: each dynamic import is a chunk of its own in the
// build, so the first paint parses only the shell and the screen in view.
import { lazy, type ComponentType, type ReactNode } from 'react';

export interface LazyPage {
  element: ReactNode;
  /** Starts loading the screen's code (a visit's own load then finds it under way or done). */
  preload(): Promise<unknown>;
}

export function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  let loading: Promise<ComponentType> | undefined;
  const preload = () => (loading ??= load());
  const Page = lazy(() => preload().then((component) => ({ default: component })));
  return { element: <Page />, preload };
}
