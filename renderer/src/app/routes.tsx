// The app's pages: ONE list that gives both the routes and the left navigation. Helpers adding a screen
// add (or replace) its entry here; `nav` entries appear in the navigation in this order.
import {
  IconBooks,
  IconCalendarStats,
  IconChartBar,
  IconChecklist,
  IconDatabaseExport,
  IconHistory,
  IconRefresh,
  IconScale,
  IconShieldCheck,
  IconFileAnalytics,
  IconSchool,
  IconSettings,
  IconUserCog,
  IconUsers,
  IconUserStar,
  type Icon,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { MethodName } from '../../../shared/api/contract.ts';
import { AuditPage } from '../features/admin/AuditPage.tsx';
import { BackupsPage } from '../features/admin/BackupsPage.tsx';
import { adminTexts } from '../features/admin/texts.ts';
import { UsersPage } from '../features/admin/UsersPage.tsx';
import { ClassDetailPage } from '../features/classes/ClassDetailPage.tsx';
import { ClassesPage } from '../features/classes/ClassesPage.tsx';
import { CourseDetailPage } from '../features/courses/CourseDetailPage.tsx';
import { CoursesPage } from '../features/courses/CoursesPage.tsx';
import { FacultyDetailPage } from '../features/faculty/FacultyDetailPage.tsx';
import { FacultyPage } from '../features/faculty/FacultyPage.tsx';
import { WelcomePage } from '../features/first-run/WelcomePage.tsx';
import { CompliancePage } from '../features/indicators/CompliancePage.tsx';
import { IndicatorsPage } from '../features/indicators/IndicatorsPage.tsx';
import { QualityPage } from '../features/indicators/QualityPage.tsx';
import { RenewalPage } from '../features/indicators/RenewalPage.tsx';
import { indicatorTexts } from '../features/indicators/texts.ts';
import { ReportsPage } from '../features/overview/ReportsPage.tsx';
import { RulesPage } from '../features/rules/RulesPage.tsx';
import { rulesTexts } from '../features/rules/texts.ts';
import { PlannerPage } from '../features/planner/PlannerPage.tsx';
import { SemestersPage } from '../features/semesters/SemestersPage.tsx';
import { SettingsPage } from '../features/settings/SettingsPage.tsx';
import { TraineeDetailPage } from '../features/trainees/TraineeDetailPage.tsx';
import { TraineesPage } from '../features/trainees/TraineesPage.tsx';
import { shellTexts } from './texts.ts';

export interface AppRoute {
  /** A react-router path under the app shell, without the leading slash. */
  path: string;
  element: ReactNode;
  /** Shown in the left navigation; its link opens `path`. */
  nav?: { label: string; icon: Icon };
  /** The page is offered only to roles that may call this method (the backend refuses the rest anyway). */
  requires?: MethodName;
}

const nav = shellTexts.nav;

export const appRoutes: AppRoute[] = [
  { path: 'planner', element: <SemestersPage />, nav: { label: nav.planner, icon: IconCalendarStats } },
  { path: 'planner/:semesterId', element: <PlannerPage /> },
  { path: 'classes', element: <ClassesPage />, nav: { label: nav.classes, icon: IconSchool } },
  { path: 'classes/:id', element: <ClassDetailPage /> },
  { path: 'courses', element: <CoursesPage />, nav: { label: nav.courses, icon: IconBooks } },
  { path: 'courses/:id', element: <CourseDetailPage /> },
  { path: 'faculty', element: <FacultyPage />, nav: { label: nav.faculty, icon: IconUserStar } },
  { path: 'faculty/:id', element: <FacultyDetailPage /> },
  { path: 'trainees', element: <TraineesPage />, nav: { label: nav.trainees, icon: IconUsers } },
  { path: 'trainees/:id', element: <TraineeDetailPage /> },
  { path: 'indicators', element: <IndicatorsPage />, nav: { label: nav.indicators, icon: IconChartBar } },
  { path: 'renewal', element: <RenewalPage />, nav: { label: indicatorTexts.nav.renewal, icon: IconRefresh } },
  { path: 'compliance', element: <CompliancePage />, nav: { label: indicatorTexts.nav.compliance, icon: IconChecklist } },
  { path: 'quality', element: <QualityPage />, nav: { label: indicatorTexts.nav.quality, icon: IconShieldCheck } },
  { path: 'rules', element: <RulesPage />, nav: { label: rulesTexts.nav, icon: IconScale } },
  { path: 'reports', element: <ReportsPage />, nav: { label: nav.reports, icon: IconFileAnalytics } },
  { path: 'settings', element: <SettingsPage />, nav: { label: nav.settings, icon: IconSettings } },
  { path: 'backups', element: <BackupsPage />, nav: { label: adminTexts.nav.backups, icon: IconDatabaseExport } },
  { path: 'users', element: <UsersPage />, nav: { label: adminTexts.nav.users, icon: IconUserCog }, requires: 'users.list' },
  { path: 'audit', element: <AuditPage />, nav: { label: adminTexts.nav.audit, icon: IconHistory }, requires: 'audit.list' },
  { path: 'welcome', element: <WelcomePage /> },
];
