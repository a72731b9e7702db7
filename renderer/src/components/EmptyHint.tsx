import { EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';

/** What an empty list shows: what is missing and how to add it. */
export function EmptyHint({ icon, title, description, actions }: { icon: ReactNode; title: string; description: ReactNode; actions?: ReactNode }) {
  return (
    <EmptyState icon={icon} title={title} description={description} py="xl" data-testid="empty-state">
      {actions}
    </EmptyState>
  );
}
