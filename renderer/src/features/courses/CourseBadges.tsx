import { Badge, Group } from '@mantine/core';
import type { Course } from '../../../../shared/domain/types.ts';
import { courseTexts as t } from './texts.ts';

export function CourseBadges({ course }: { course: Pick<Course, 'isCase' | 'retired'> }) {
  return (
    <Group gap={4} wrap="nowrap">
      {course.isCase && (
        <Badge variant="light" color="grape">
          {t.caseBadge}
        </Badge>
      )}
      {course.retired && (
        <Badge variant="light" color="gray">
          {t.retiredBadge}
        </Badge>
      )}
    </Group>
  );
}
