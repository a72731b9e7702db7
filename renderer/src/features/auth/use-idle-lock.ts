import { useEffect } from 'react';

const ACTIVITY = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart'] as const;

/** Calls onIdle once the user has done nothing for `minutes` (the backend's session expires the same way). */
export function useIdleLock(minutes: number | null, onIdle: () => void): void {
  useEffect(() => {
    if (!minutes) return;
    let last = Date.now();
    const touch = () => (last = Date.now());
    for (const e of ACTIVITY) window.addEventListener(e, touch, { passive: true });
    const timer = window.setInterval(() => {
      if (Date.now() - last >= minutes * 60_000) onIdle();
    }, 5_000);
    return () => {
      window.clearInterval(timer);
      for (const e of ACTIVITY) window.removeEventListener(e, touch);
    };
  }, [minutes, onIdle]);
}
