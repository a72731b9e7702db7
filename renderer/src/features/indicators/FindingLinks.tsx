import { Group } from '@mantine/core';
import type { Finding } from '../../../../shared/domain/quality/types.ts';
import { RouteLink } from '../../components/RouteLink.tsx';
import { recordPath, RECORD_KIND_LABELS } from './record-link.ts';

/** Links to the record a finding points at and the records involved with it. */
export function FindingLinks({ finding }: { finding: Finding }) {
  const refs = [finding.record, ...(finding.related ?? [])];
  return (
    <Group gap={8} wrap="nowrap" style={{ overflow: 'hidden' }}>
      {refs.map((ref) => {
        const path = recordPath(ref);
        const label = `${RECORD_KIND_LABELS[ref.kind]} ${ref.kind === 'trainingRecord' ? (ref.owner ?? '') : ref.id}`;
        return path ? (
          <RouteLink key={`${ref.kind}:${ref.id}`} to={path}>
            {label}
          </RouteLink>
        ) : (
          <span key={`${ref.kind}:${ref.id}`}>{label}</span>
        );
      })}
    </Group>
  );
}
