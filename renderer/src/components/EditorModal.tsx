import { Alert, Button, Group, Modal } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { useBlocker } from 'react-router-dom';
import { commonTexts } from './texts.ts';

/**
 * A modal holding an edit form. Closing it (Esc, the close button, a click outside) or leaving the page
 * (Alt+←, a link) with unsaved changes asks first; the browser window's close is guarded too.
 * Mount it only while editing: the router supports one navigation guard at a time.
 */
export function EditorModal({
  opened,
  onClose,
  title,
  dirty,
  size,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  dirty: boolean;
  size?: string;
  children: ReactNode;
}) {
  const [asking, setAsking] = useState(false);
  const blocker = useBlocker(opened && dirty);

  useEffect(() => {
    if (!opened || !dirty) return;
    const guard = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, [opened, dirty]);

  const close = () => {
    setAsking(false);
    if (blocker.state === 'blocked') blocker.proceed();
    onClose();
  };
  const keepEditing = () => {
    setAsking(false);
    if (blocker.state === 'blocked') blocker.reset();
  };
  const requestClose = () => (dirty && !asking ? setAsking(true) : close());

  return (
    <Modal opened={opened} onClose={requestClose} title={title} size={size}>
      {(asking || blocker.state === 'blocked') && (
        <Alert color="orange" title={commonTexts.unsavedTitle} mb="md" role="alertdialog">
          {commonTexts.unsavedMessage}
          <Group mt="sm" gap="sm">
            <Button size="xs" color="orange" onClick={close}>
              {commonTexts.discard}
            </Button>
            <Button size="xs" variant="default" onClick={keepEditing} data-autofocus>
              {commonTexts.keepEditing}
            </Button>
          </Group>
        </Alert>
      )}
      {children}
    </Modal>
  );
}
