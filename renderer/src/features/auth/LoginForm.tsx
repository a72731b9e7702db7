import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.ts';
import type { SignedIn } from './session.ts';
import { authTexts } from './texts.ts';
import { useSignIn } from './use-sign-in.ts';

export function LoginForm({ hint, username: initial, onSignedIn }: { hint?: string | undefined; username?: string | undefined; onSignedIn: (s: SignedIn) => void }) {
  const [username, setUsername] = useState(initial ?? '');
  const [password, setPassword] = useState('');
  const { error, busy, run } = useSignIn(onSignedIn);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(() => api.call('auth.login', { username, password }));
  };
  return (
    <form onSubmit={submit}>
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
