// At start, before React renders: the screen in the address's code and the first answers are asked for
// at once and in parallel, instead of one after another (store check, sign-in check, the shell's reads,
// then the screen's code, then its reads).
import { matchRoutes } from 'react-router-dom';
import { api } from '../api/client.ts';
import { appRoutes } from './routes.tsx';

const tree = [{ path: '/', children: appRoutes.map(({ path }) => ({ path })) }];

/** `hash`: the address's hash (the app routes by it), e.g. `#/planner/2024A?class=K1`. */
export function startReads(hash: string): void {
  api.prefetch('recovery.status', {});
  api.prefetch('auth.status', {});
  // the frame's header (AppLayout), and the start page's choice (HomeRedirect)
  api.prefetch('institution.get', {});
  api.prefetch('app.info', {});
  const pathname = hash.replace(/^#/, '').split('?')[0] || '/';
  const match = matchRoutes(tree, pathname)?.at(-1);
  const route = appRoutes.find((r) => r.path === match?.route.path);
  if (!match || !route) return;
  void route.preload();
  route.prefetch?.(match.params);
}

/**
 * Once the first screen is up and the app is idle, the other screens' code is loaded one chunk per idle
 * moment, so a first visit to any screen does not wait for its chunk (nor crowd the first paint).
 */
export function preloadScreensWhenIdle(): void {
  const idle = (work: () => void) =>
    'requestIdleCallback' in window ? window.requestIdleCallback(work, { timeout: 2000 }) : setTimeout(work, 50);
  const next = (i: number) => {
    if (i < appRoutes.length) idle(() => void appRoutes[i]!.preload().then(() => next(i + 1), () => next(i + 1)));
  };
  window.addEventListener('load', () => next(0), { once: true });
}
