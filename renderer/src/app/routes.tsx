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
import type { MethodName } from '../../../shared/api/contract.ts';
import { adminTexts } from '../features/admin/texts.ts';
import { indicatorTexts } from '../features/indicators/texts.ts';
import { prefetchPlanner } from '../features/planner/prefetch.ts';
import { rulesTexts } from '../features/rules/texts.ts';
import { lazyPage, type LazyPage } from './lazy-page.tsx';
import { shellTexts } from './texts.ts';

export interface AppRoute extends LazyPage {
  /** A react-router path under the app shell, without the leading slash. */
  path: string;
  /** Shown in the left navigation; its link opens `path`. */
  nav?: { label: string; icon: Icon };
  /** The page is offered only to roles that may call this method (the backend refuses the rest anyway). */
  requires?: MethodName;
  /** Asks for the page's first reads (api.prefetch) when the app starts on it. */
  prefetch?(params: Record<string, string | undefined>): void;
}

const nav = shellTexts.nav;

export const appRoutes: AppRoute[] = [
  { path: 'planner', ...lazyPage(() => import('../features/semesters/SemestersPage.tsx').then((m) => m.SemestersPage)), nav: { label: nav.planner, icon: IconCalendarStats } },
  { path: 'planner/:semesterId', ...lazyPage(() => import('../features/planner/PlannerPage.tsx').then((m) => m.PlannerPage)), prefetch: prefetchPlanner },
  { path: 'classes', ...lazyPage(() => import('../features/classes/ClassesPage.tsx').then((m) => m.ClassesPage)), nav: { label: nav.classes, icon: IconSchool } },
  { path: 'classes/:id', ...lazyPage(() => import('../features/classes/ClassDetailPage.tsx').then((m) => m.ClassDetailPage)) },
  { path: 'courses', ...lazyPage(() => import('../features/courses/CoursesPage.tsx').then((m) => m.CoursesPage)), nav: { label: nav.courses, icon: IconBooks } },
  { path: 'courses/:id', ...lazyPage(() => import('../features/courses/CourseDetailPage.tsx').then((m) => m.CourseDetailPage)) },
  { path: 'faculty', ...lazyPage(() => import('../features/faculty/FacultyPage.tsx').then((m) => m.FacultyPage)), nav: { label: nav.faculty, icon: IconUserStar } },
  { path: 'faculty/:id', ...lazyPage(() => import('../features/faculty/FacultyDetailPage.tsx').then((m) => m.FacultyDetailPage)) },
  { path: 'trainees', ...lazyPage(() => import('../features/trainees/TraineesPage.tsx').then((m) => m.TraineesPage)), nav: { label: nav.trainees, icon: IconUsers } },
  { path: 'trainees/:id', ...lazyPage(() => import('../features/trainees/TraineeDetailPage.tsx').then((m) => m.TraineeDetailPage)) },
  { path: 'indicators', ...lazyPage(() => import('../features/indicators/IndicatorsPage.tsx').then((m) => m.IndicatorsPage)), nav: { label: nav.indicators, icon: IconChartBar } },
  { path: 'renewal', ...lazyPage(() => import('../features/indicators/RenewalPage.tsx').then((m) => m.RenewalPage)), nav: { label: indicatorTexts.nav.renewal, icon: IconRefresh } },
  { path: 'compliance', ...lazyPage(() => import('../features/indicators/CompliancePage.tsx').then((m) => m.CompliancePage)), nav: { label: indicatorTexts.nav.compliance, icon: IconChecklist } },
  { path: 'quality', ...lazyPage(() => import('../features/indicators/QualityPage.tsx').then((m) => m.QualityPage)), nav: { label: indicatorTexts.nav.quality, icon: IconShieldCheck } },
  { path: 'rules', ...lazyPage(() => import('../features/rules/RulesPage.tsx').then((m) => m.RulesPage)), nav: { label: rulesTexts.nav, icon: IconScale } },
  { path: 'reports', ...lazyPage(() => import('../features/overview/ReportsPage.tsx').then((m) => m.ReportsPage)), nav: { label: nav.reports, icon: IconFileAnalytics } },
  { path: 'settings', ...lazyPage(() => import('../features/settings/SettingsPage.tsx').then((m) => m.SettingsPage)), nav: { label: nav.settings, icon: IconSettings } },
  { path: 'backups', ...lazyPage(() => import('../features/admin/BackupsPage.tsx').then((m) => m.BackupsPage)), nav: { label: adminTexts.nav.backups, icon: IconDatabaseExport } },
  { path: 'users', ...lazyPage(() => import('../features/admin/UsersPage.tsx').then((m) => m.UsersPage)), nav: { label: adminTexts.nav.users, icon: IconUserCog }, requires: 'users.list' },
  { path: 'audit', ...lazyPage(() => import('../features/admin/AuditPage.tsx').then((m) => m.AuditPage)), nav: { label: adminTexts.nav.audit, icon: IconHistory }, requires: 'audit.list' },
  { path: 'welcome', ...lazyPage(() => import('../features/first-run/WelcomePage.tsx').then((m) => m.WelcomePage)) },
];
