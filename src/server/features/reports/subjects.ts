import type { ReportSubject } from '../../../shared/reports';
import { activitySubject, type SubjectSpec } from './report-subjects';
import { salesProjectSubject } from './sales-subject';

export const subjects: Record<ReportSubject, SubjectSpec> = { activities: activitySubject, 'sales-projects': salesProjectSubject };
