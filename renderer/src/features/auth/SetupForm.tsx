import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { PasswordPair } from '../../components/PasswordPair.tsx';
import { commonTexts } from '../../components/texts.ts';
import type { SignedIn } from './session.ts';
import { authTexts } from './texts.ts';
import { useSignIn } from './use-sign-in.ts';

export function SetupForm({ onSignedIn }: { onSignedIn: (s: SignedIn) => void }) {
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const { error, setError, busy, run } = useSignIn(onSignedIn);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (password !== confirm) return setError(commonTexts.passwordMismatch);
    void run(() => api.call('auth.setup', { username, displayName, password }));
  };
  return (
    <form onSubmit={submit}>
      <Stack>
        <Text size="sm" c="dimmed">
          {authTexts.setupHint}
        </Text>
        <TextInput label={authTexts.username} value={username} onChange={(e) => setUsername(e.currentTarget.value)} required autoFocus />
        <TextInput label={authTexts.displayName} value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} required />
        <PasswordPair
          label={authTexts.password}
          description={authTexts.passwordHint}
          password={{ value: password, onChange: (e) => setPassword(e.currentTarget.value) }}
          confirm={{ value: confirm, onChange: (e) => setConfirm(e.currentTarget.value) }}
        />
        {error && <Alert color="red">{error}</Alert>}
        <Button type="submit" loading={busy}>
          {authTexts.setup}
        </Button>
      </Stack>
    </form>
  );
}
