// How often the backend may be restarted after it exits unexpectedly: a few times, so one crash does not
// end the session, but not in a loop when the store cannot be served at all.

export interface RestartBudget {
  /** Records an exit at `now` (ms) and says whether to start the backend again. */
  allow(now: number): boolean;
}

export function createRestartBudget(limit = 3, windowMs = 60_000): RestartBudget {
  const exits: number[] = [];
  return {
    allow(now) {
      exits.push(now);
      while (exits.length > 0 && exits[0]! <= now - windowMs) exits.shift();
      return exits.length <= limit;
    },
  };
}
