import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createHashRouter, RouterProvider } from 'react-router-dom';
import { api } from '../api/client.ts';
import { commonTexts } from '../components/texts.ts';
import { AuthGate } from '../features/auth/AuthGate.tsx';
import { RecoveryGate } from '../features/recovery/RecoveryGate.tsx';
import { AppLayout } from './AppLayout.tsx';
import { HomeRedirect } from './HomeRedirect.tsx';
import { lightColorScheme } from './light-color-scheme.ts';
import { NotFoundPage } from './NotFoundPage.tsx';
import { appRoutes } from './routes.tsx';
import { theme } from './theme.ts';

dayjs.locale('zh-cn');

// Hash routing works the same under the desktop app's app:// protocol and browser mode's http://.
const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <HomeRedirect /> },
      ...appRoutes.map(({ path, element }) => ({ path, element })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

// Answers asked for at start (app/start-reads.ts) are for the screen the app opened on: the first move to
// another address drops those not used yet, before the next screen renders and reads, so it reads afresh.
const startKey = router.state.location.key;
const stopWatching = router.subscribe((state) => {
  if (state.location.key === startKey) return;
  api.dropEarlyAnswers();
  stopWatching();
});

export function App() {
  return (
    <MantineProvider theme={theme} colorSchemeManager={lightColorScheme}>
      <DatesProvider settings={{ locale: 'zh-cn', firstDayOfWeek: 1 }}>
        <ModalsProvider labels={{ confirm: commonTexts.save, cancel: commonTexts.cancel }}>
          <Notifications position="bottom-right" limit={4} />
          <RecoveryGate>
            <AuthGate>
              <RouterProvider router={router} />
            </AuthGate>
          </RecoveryGate>
        </ModalsProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
