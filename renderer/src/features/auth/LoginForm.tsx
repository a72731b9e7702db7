import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { errorMessage } from '../../api/api-error.ts';
import type { SignedIn } from './session.ts';
import { authTexts } from './texts.ts';

export function LoginForm({ hint, username: initial, onSignedIn }: { hint?: string | undefined; username?: string | undefined; onSignedIn: (s: SignedIn) => void }) {
  const [username, setUsername] = useState(initial ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await api.call('auth.login', { username, password }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)}>
      <Stack>
        {hint && <Alert color="yellow">{hint}</Alert>}
        <TextInput label={authTexts.username} value={username} onChange={(e) => setUsername(e.currentTarget.value)} required autoFocus={!initial} />
        <PasswordInput label={authTexts.password} value={password} onChange={(e) => setPassword(e.currentTarget.value)} required autoFocus={!!initial} />
        {error && <Alert color="red">{error}</Alert>}
        <Button type="submit" loading={busy}>
          {authTexts.login}
        </Button>
      </Stack>
    </form>
  );
}
