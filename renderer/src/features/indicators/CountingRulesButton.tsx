import { Button, List, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconInfoCircle } from '@tabler/icons-react';
import { COUNTING_RULES } from '../../../../shared/domain/rules/counting-rules.ts';
import { indicatorTexts as t } from './texts.ts';

/** The counting rules (口径), one click away on every indicator page. */
export function CountingRulesButton() {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="default" leftSection={<IconInfoCircle size={16} />} onClick={open}>
        {t.countingRules}
      </Button>
      <Modal opened={opened} onClose={close} title={t.countingRulesTitle} size="lg">
        <List type="ordered" spacing="sm" size="sm">
          {COUNTING_RULES.map((rule) => (
            <List.Item key={rule}>{rule}</List.Item>
          ))}
        </List>
      </Modal>
    </>
  );
}
