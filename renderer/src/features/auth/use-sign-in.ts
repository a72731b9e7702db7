import { useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import type { SignedIn } from './session.ts';

/** The submit of a sign-in form (login, first-run set-up): busy while it asks, the refusal as `error`. */
export function useSignIn(onSignedIn: (s: SignedIn) => void) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (ask: () => Promise<SignedIn>) => {
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await ask());
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return { error, setError, busy, run };
}
