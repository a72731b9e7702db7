import { IconMapOff } from '@tabler/icons-react';
import { EmptyHint } from '../components/EmptyHint.tsx';
import { shellTexts as t } from './texts.ts';

export function NotFoundPage() {
  return <EmptyHint icon={<IconMapOff />} title={t.notFound} description={t.notFoundHint} />;
}
