// Row types of the store's tables, for Kysely's typed queries. Booleans are stored as 0/1.
import type { Generated } from 'kysely';

type Flag = number;

export interface StoreSchema {
  institution: { id: number; name: string; level: string; kind: string };
  semesters: { id: string; name: string; year: number; start_date: string; end_date: string };
  faculty: {
    id: string;
    name: string;
    type: string;
    title: string | null;
    organization: string | null;
    tier: string | null;
    /** Sort keys in pinyin order (store/sort-keys.ts). */
    name_key: string;
    organization_key: string | null;
  };
  courses: {
    id: string;
    title: string;
    category: string | null;
    method: string | null;
    form: string | null;
    first_offered_year: number | null;
    is_case: Generated<Flag>;
    retired: Generated<Flag>;
    title_key: string;
  };
  course_revisions: { course_id: string; year: number; date: string | null; note: string | null };
  classes: {
    id: string;
    name: string;
    semester_id: string;
    is_main: Generated<Flag>;
    is_party_spirit: Generated<Flag>;
    start_date: string | null;
    end_date: string | null;
    trainee_count: number | null;
    name_key: string;
  };
  sessions: {
    id: string;
    class_id: string;
    course_id: string;
    date: string;
    start_time: string | null;
    hours: number;
    category: string | null;
    method: string | null;
    form: string | null;
  };
  session_lecturers: { session_id: string; faculty_id: string; position: number };
  online_courses: { id: string; title: string; hours: number; published_year: number | null };
  online_course_revisions: { online_course_id: string; year: number };
  trainees: {
    id: string;
    name: string;
    group_id: string | null;
    organization: string | null;
    exempt: Generated<Flag>;
    name_key: string;
    organization_key: string | null;
  };
  training_records: {
    id: string;
    trainee_id: string;
    date: string;
    hours: number;
    days: Generated<number>;
    kind: string;
    full_time: Generated<Flag>;
    theory: Generated<Flag>;
    organizer_level: string | null;
    class_id: string | null;
  };
  rule_set_versions: { version: number; rules: string; created_at: string; author: string; note: string | null };
  rule_set_audit: {
    id: Generated<number>;
    version: number;
    at: string;
    author: string;
    rule_id: string;
    change: 'added' | 'changed' | 'removed';
    before: string | null;
    after: string | null;
  };
}
