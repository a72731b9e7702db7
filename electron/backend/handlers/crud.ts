// Handlers of create, read, update, delete and list for every kind of record.
import type { crudMethods } from '../../../shared/api/methods/crud.ts';
import * as classes from '../services/classes.ts';
import * as courses from '../services/courses.ts';
import * as faculty from '../services/faculty.ts';
import * as online from '../services/online-courses.ts';
import * as semesters from '../services/semesters.ts';
import * as sessions from '../services/sessions.ts';
import * as trainees from '../services/trainees.ts';
import * as records from '../services/training-records.ts';
import type { HandlerMap } from './handler.ts';

export const crudHandlers: HandlerMap<typeof crudMethods> = {
  'semesters.list': (ctx, f) => semesters.listSemesters(ctx, f),
  'semesters.get': (ctx, { id }) => semesters.getSemester(ctx, id),
  'semesters.create': (ctx, s) => semesters.createSemester(ctx, s),
  'semesters.update': (ctx, s) => semesters.updateSemester(ctx, s),
  'semesters.delete': (ctx, { id }) => semesters.deleteSemester(ctx, id),
  'faculty.list': (ctx, f) => faculty.listFaculty(ctx, f),
  'faculty.get': (ctx, { id }) => faculty.getFaculty(ctx, id),
  'faculty.create': (ctx, f) => faculty.createFaculty(ctx, f),
  'faculty.update': (ctx, f) => faculty.updateFaculty(ctx, f),
  'faculty.delete': (ctx, { id }) => faculty.deleteFaculty(ctx, id),
  'courses.list': (ctx, f) => courses.listCourses(ctx, f),
  'courses.get': (ctx, { id }) => courses.getCourse(ctx, id),
  'courses.create': (ctx, c) => courses.createCourse(ctx, c),
  'courses.update': (ctx, c) => courses.updateCourse(ctx, c),
  'courses.delete': (ctx, { id }) => courses.deleteCourse(ctx, id),
  'classes.list': (ctx, f) => classes.listClasses(ctx, f),
  'classes.get': (ctx, { id }) => classes.getClass(ctx, id),
  'classes.create': (ctx, c) => classes.createClass(ctx, c),
  'classes.update': (ctx, c) => classes.updateClass(ctx, c),
  'classes.delete': (ctx, { id, cascade }) => classes.deleteClass(ctx, id, cascade ?? false),
  'sessions.list': (ctx, f) => sessions.listSessions(ctx, f),
  'sessions.get': (ctx, { id }) => sessions.getSession(ctx, id),
  'sessions.create': (ctx, s) => sessions.createSession(ctx, s),
  'sessions.update': (ctx, s) => sessions.updateSession(ctx, s),
  'sessions.delete': (ctx, { id }) => sessions.deleteSession(ctx, id),
  'onlineCourses.list': (ctx, f) => online.listOnlineCourses(ctx, f),
  'onlineCourses.get': (ctx, { id }) => online.getOnlineCourse(ctx, id),
  'onlineCourses.create': (ctx, c) => online.createOnlineCourse(ctx, c),
  'onlineCourses.update': (ctx, c) => online.updateOnlineCourse(ctx, c),
  'onlineCourses.delete': (ctx, { id }) => online.deleteOnlineCourse(ctx, id),
  'trainees.list': (ctx, f) => trainees.listTrainees(ctx, f),
  'trainees.get': (ctx, { id }) => trainees.getTrainee(ctx, id),
  'trainees.create': (ctx, t) => trainees.createTrainee(ctx, t),
  'trainees.update': (ctx, t) => trainees.updateTrainee(ctx, t),
  'trainees.delete': (ctx, { id, cascade }) => trainees.deleteTrainee(ctx, id, cascade ?? false),
  'trainingRecords.list': (ctx, f) => records.listTrainingRecords(ctx, f),
  'trainingRecords.get': (ctx, { id }) => records.getTrainingRecord(ctx, id),
  'trainingRecords.create': (ctx, r) => records.createTrainingRecord(ctx, r),
  'trainingRecords.update': (ctx, r) => records.updateTrainingRecord(ctx, r),
  'trainingRecords.delete': (ctx, { id }) => records.deleteTrainingRecord(ctx, id),
};
