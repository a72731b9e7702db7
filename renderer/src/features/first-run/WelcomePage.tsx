import { Button, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuildingBank, IconSchool } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQuery } from '../../api/use-query.ts';
import { notifyError, notifySaved } from '../../components/notify.ts';
import { useCan } from '../auth/use-can.ts';
import { InstitutionForm } from '../settings/InstitutionForm.tsx';
import { loadDemo } from './load-demo.ts';
import { firstRunTexts as t } from './texts.ts';

/** First run on an empty store: load the demo school, or start with the institution profile. */
export function WelcomePage() {
  const navigate = useNavigate();
  const info = useQuery('app.info', {});
  const [loading, setLoading] = useState(false);
  const canImport = useCan('exchange.import');

  const demo = async () => {
    setLoading(true);
    try {
      await loadDemo();
      notifySaved(t.demoDone);
      navigate('/planner');
    } catch (error) {
      notifyError(t.demoFailed, error);
    } finally {
      setLoading(false);
    }
  };

  return (
    <Stack maw={960} mx="auto" mt="xl" gap="lg">
      <Stack gap={6}>
        <Title order={1} fz={28}>
          {t.title}
        </Title>
        <Text c="dimmed">{t.description}</Text>
        {info.data && (
          <Text size="xs" c="dimmed">
            {t.storeAt(info.data.storePath)}
          </Text>
        )}
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper withBorder p="xl">
          <Stack gap="md" h="100%">
            <ThemeIcon size={44} radius="md" variant="light">
              <IconSchool size={26} />
            </ThemeIcon>
            <Title order={2} fz={20}>
              {t.demoTitle}
            </Title>
            <Text size="sm" c="dimmed" style={{ flex: 1 }}>
              {t.demoText}
            </Text>
            {canImport && (
              <Button onClick={demo} loading={loading} w="fit-content">
                {t.demoButton}
              </Button>
            )}
          </Stack>
        </Paper>
        <Paper withBorder p="xl">
          <Stack gap="md">
            <ThemeIcon size={44} radius="md" variant="light" color="red">
              <IconBuildingBank size={26} />
            </ThemeIcon>
            <Title order={2} fz={20}>
              {t.ownTitle}
            </Title>
            <Text size="sm" c="dimmed">
              {t.ownText}
            </Text>
            <InstitutionForm institution={null} onSaved={() => navigate('/planner')} />
          </Stack>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
