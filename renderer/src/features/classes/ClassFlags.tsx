import { Badge, Group } from '@mantine/core';
import type { TrainingClass } from '../../../../shared/domain/types.ts';
import { classTexts as t } from './texts.ts';

export function ClassFlags({ cls }: { cls: Pick<TrainingClass, 'isMain' | 'isPartySpirit'> }) {
  return (
    <Group gap={4} wrap="nowrap">
      {cls.isMain && (
        <Badge variant="light" color="blue">
          {t.mainBadge}
        </Badge>
      )}
      {cls.isPartySpirit && (
        <Badge variant="light" color="red">
          {t.partySpiritBadge}
        </Badge>
      )}
    </Group>
  );
}
