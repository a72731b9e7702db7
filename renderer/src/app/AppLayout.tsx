import { AppShell, Burger, Group, NavLink, ScrollArea, Text, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconDatabase } from '@tabler/icons-react';
import { Suspense } from 'react';
import { NavLink as RouterLink, Outlet, useLocation } from 'react-router-dom';
import { useQuery } from '../api/use-query.ts';
import { Loading } from '../components/Loading.tsx';
import { canCall } from '../../../shared/api/access.ts';
import { useSession } from '../features/auth/session.ts';
import { UserMenu } from '../features/auth/UserMenu.tsx';
import { UndoButtons } from '../undo/UndoButtons.tsx';
import { UndoShortcuts } from '../undo/UndoShortcuts.tsx';
import classes from './AppLayout.module.css';
import { appRoutes } from './routes.tsx';
import { shellTexts as t } from './texts.ts';

const fileName = (path: string) => path.split(/[\\/]/).pop() || path;

/** The frame of every screen: header with the institution and the store, navigation on the left. */
export function AppLayout() {
  const [navOpen, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  const institution = useQuery('institution.get', {});
  const info = useQuery('app.info', {});
  const role = useSession()?.user.role;

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 208, breakpoint: 'sm', collapsed: { mobile: !navOpen } }} padding="lg">
      <UndoShortcuts />
      <AppShell.Header className={classes.header}>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="md" wrap="nowrap" miw={0}>
            <Burger opened={navOpen} onClick={toggle} hiddenFrom="sm" size="sm" color="white" aria-label={t.toggleNav} />
            <Text className={classes.brand}>{t.appName}</Text>
            <Text className={classes.institution} truncate="end" data-testid="institution-name">
              {institution.data?.name ?? t.noInstitution}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap" miw={0}>
            <UndoButtons />
            {info.data && (
              <Tooltip label={`${t.store}：${info.data.storePath}`} multiline maw={480}>
                <Group gap={6} wrap="nowrap" className={classes.store} miw={0}>
                  <IconDatabase size={16} />
                  <Text size="xs" truncate="end" maw={220} data-testid="store-path">
                    {fileName(info.data.storePath)}
                  </Text>
                </Group>
              </Tooltip>
            )}
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="主导航">
        <ScrollArea>
          {appRoutes
            .filter((r) => r.nav && (!r.requires || (role !== undefined && canCall(role, r.requires))))
            .map(({ path, nav }) => {
              const NavIcon = nav!.icon;
              return (
                <NavLink
                  key={path}
                  component={RouterLink}
                  to={`/${path}`}
                  label={nav!.label}
                  leftSection={<NavIcon size={20} stroke={1.6} />}
                  active={pathname === `/${path}` || pathname.startsWith(`/${path}/`)}
                  onClick={close}
                  className={classes.navLink}
                />
              );
            })}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main className={classes.main}>
        {/* each screen's code loads on its first visit; the frame stays meanwhile */}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
