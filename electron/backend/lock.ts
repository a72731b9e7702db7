// One connection serves every call, and a write call holds a transaction open across awaits: reads may
// run together, a write runs alone (so no other call's queries land inside its transaction).

export interface CallLock {
  read<T>(fn: () => Promise<T>): Promise<T>;
  write<T>(fn: () => Promise<T>): Promise<T>;
  /** Resolves once everything queued so far has finished. */
  idle(): Promise<void>;
}

export function createCallLock(): CallLock {
  let readers = 0;
  let writing = false;
  const queue: { write: boolean; start: () => void }[] = [];

  const pump = (): void => {
    while (queue.length > 0 && !writing) {
      const next = queue[0]!;
      if (next.write) {
        if (readers > 0) return;
        writing = true;
      } else readers++;
      queue.shift();
      next.start();
    }
  };

  const run = <T>(write: boolean, fn: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      queue.push({
        write,
        start: () => {
          fn()
            .then(resolve, reject)
            .finally(() => {
              if (write) writing = false;
              else readers--;
              pump();
            });
        },
      });
      pump();
    });

  return {
    read: (fn) => run(false, fn),
    write: (fn) => run(true, fn),
    idle: () => run(true, async () => undefined),
  };
}
