import type { TFunction } from 'i18next';
import type {
  AcknowledgementState,
  CalendarDayKind,
  FindingSource,
  ProgressStatus,
  WorkKind,
  FindingSeverity,
  FindingStatus,
  IndicatorKind,
  IndicatorSystemStatus,
  IndicatorTargetType,
  InspectionReportStatus,
  InspectionType,
  ThresholdOperator,
  CreationItemStatus,
  CreationKind,
  CreationLedgerStatus,
  CreationProgrammeStatus,
  CreationStage,
  CreationVerdict,
  CaseSource,
  CaseStatus,
  IndividualMeasure,
  Publication,
  ScenarioFamily,
  SevereReason,
  SubjectType,
  UnitMeasure,
  OrganizationType,
  PlanStatus,
  Role,
  SchoolStage,
  TaskCategory,
  TaskLight,
  TaskPriority,
  TaskStatus,
} from '../api/types';

/** Every value the contract allows; the `satisfies` checks fail when the contract changes. */
export const ALL_ROLES = [
  'ADMIN',
  'PROVINCE_OFFICE',
  'CITY_OFFICE',
  'COUNTY_OFFICE',
  'SUPERVISOR',
  'EXPERT',
  'SCHOOL',
  'DEPARTMENT',
  'VIEWER',
  'SYSTEM_ADMIN',
  'SECURITY_ADMIN',
  'AUDIT_ADMIN',
] as const satisfies readonly Role[];

export const ORGANIZATION_TYPES = [
  'PROVINCE',
  'CITY',
  'COUNTY',
  'ZONE',
  'SCHOOL',
  'DEPARTMENT',
] as const satisfies readonly OrganizationType[];

export const SCHOOL_STAGES = [
  'KINDERGARTEN',
  'PRIMARY',
  'JUNIOR',
  'NINE_YEAR',
  'SENIOR',
] as const satisfies readonly SchoolStage[];

export const PLAN_STATUSES = [
  'DRAFT',
  'PUBLISHED',
  'ARCHIVED',
] as const satisfies readonly PlanStatus[];

export const TASK_STATUSES = [
  'NOT_STARTED',
  'IN_PROGRESS',
  'SUBMITTED',
  'COMPLETED',
  'CANCELLED',
] as const satisfies readonly TaskStatus[];

export const TASK_CATEGORIES = [
  'EVALUATION',
  'CREATION',
  'REFORM',
  'INSPECTION',
  'MONITORING',
  'SPECIAL',
  'PUBLICITY',
  'ACKNOWLEDGEMENT',
  'OTHER',
] as const satisfies readonly TaskCategory[];

export const TASK_PRIORITIES = ['HIGH', 'NORMAL', 'LOW'] as const satisfies readonly TaskPriority[];

export const TASK_LIGHTS = [
  'GREEN',
  'YELLOW',
  'RED',
  'NONE',
] as const satisfies readonly TaskLight[];

export const ACK_STATES = [
  'NOT_ACKNOWLEDGED',
  'ACKNOWLEDGED',
  'RECORD_UPLOADED',
] as const satisfies readonly AcknowledgementState[];

export const INSPECTION_TYPES = [
  'ROUTINE_VISIT',
  'SCHOOL_EVALUATION_316',
  'PRINCIPAL_TENURE',
  'SPECIAL',
  'GOVERNMENT_DUTY',
  'QUALITY_MONITORING',
] as const satisfies readonly InspectionType[];

export const REPORT_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'APPROVED',
  'PUBLISHED',
] as const satisfies readonly InspectionReportStatus[];

export const FINDING_SEVERITIES = [
  'MAJOR',
  'GENERAL',
  'MINOR',
] as const satisfies readonly FindingSeverity[];

export const FINDING_STATUSES = [
  'OPEN',
  'SUBMITTED',
  'VERIFIED',
  'REOPENED',
] as const satisfies readonly FindingStatus[];

export const INDICATOR_KINDS = ['SCORED', 'THRESHOLD'] as const satisfies readonly IndicatorKind[];

export const INDICATOR_TARGET_TYPES = [
  'SCHOOL',
  'COUNTY',
] as const satisfies readonly IndicatorTargetType[];

export const INDICATOR_SYSTEM_STATUSES = [
  'DRAFT',
  'PUBLISHED',
] as const satisfies readonly IndicatorSystemStatus[];

export const THRESHOLD_OPERATORS = [
  'GE',
  'GT',
  'LE',
  'LT',
  'EQ',
] as const satisfies readonly ThresholdOperator[];

export const CREATION_KINDS = [
  'BALANCED_COMPULSORY',
  'INCLUSIVE_PRESCHOOL',
] as const satisfies readonly CreationKind[];

export const CREATION_STATUSES = [
  'ACTIVE',
  'ACHIEVED',
  'ARCHIVED',
] as const satisfies readonly CreationProgrammeStatus[];

export const CREATION_VERDICTS = ['PASS', 'FAIL'] as const satisfies readonly CreationVerdict[];

export const CREATION_STAGES = [
  'PRIMARY',
  'JUNIOR',
  'PRESCHOOL',
] as const satisfies readonly CreationStage[];

export const CREATION_LEDGER_STATUSES = [
  'OPEN',
  'RESOLVED',
] as const satisfies readonly CreationLedgerStatus[];

export const CREATION_ITEM_STATUSES = [
  'MET',
  'NOT_MET',
  'MISSING',
] as const satisfies readonly CreationItemStatus[];

/** A school row's stage in the compulsory returns (NINE_YEAR is split by the server). */
export const CREATION_ROW_STAGES = ['PRIMARY', 'JUNIOR', 'NINE_YEAR'] as const;

/** A kindergarten row's ownership in the preschool returns. */
export const KINDERGARTEN_OWNERSHIPS = ['PUBLIC', 'PRIVATE_INCLUSIVE', 'PRIVATE'] as const;

// --- accountability (问责) ---
export const CASE_STATUSES = [
  'OPEN',
  'INVESTIGATING',
  'NOTIFIED',
  'STATEMENT_RECEIVED',
  'DECIDED',
  'UNDER_REVIEW',
  'UNDER_APPEAL',
  'CORRECTION_PENDING',
  'EXECUTED',
  'REVOKED',
  'CLOSED',
  'DISMISSED',
] as const satisfies readonly CaseStatus[];

export const CASE_SOURCES = [
  'FINDING',
  'TASK',
  'COMPLAINT',
  'INSPECTION',
  'OTHER',
] as const satisfies readonly CaseSource[];

export const SUBJECT_TYPES = [
  'GOVERNMENT',
  'DEPARTMENT',
  'SCHOOL',
  'PERSON',
] as const satisfies readonly SubjectType[];

export const SCENARIO_FAMILIES = [
  'NOT_IMPLEMENTING_DECISIONS',
  'FAILING_EDUCATION_DUTIES',
  'KEY_TASKS_BEHIND',
  'NON_COMPLIANT_OPERATION',
  'FALLING_QUALITY',
  'SAFETY_OR_OBSTRUCTION',
] as const satisfies readonly ScenarioFamily[];

export const UNIT_MEASURES = [
  'PUBLIC_CRITICISM',
  'INTERVIEW',
  'SUPERVISION_NOTICE',
  'RESOURCE_ADJUSTMENT',
  'ADMINISTRATIVE_PENALTY',
] as const satisfies readonly UnitMeasure[];

export const INDIVIDUAL_MEASURES = [
  'ORDER_SELF_EXAMINATION',
  'INTERVIEW',
  'NOTIFIED_CRITICISM',
  'ORGANIZATIONAL_HANDLING',
  'DISCIPLINE_RECOMMENDATION',
  'REFERRAL',
] as const satisfies readonly IndividualMeasure[];

export const PUBLICATIONS = [
  'NONE',
  'INTERNAL',
  'PUBLIC',
] as const satisfies readonly Publication[];

export const SEVERE_REASONS = [
  'REPEATED_WITHIN_YEAR',
  'NOT_CORRECTED_AFTER_ACCOUNTABILITY',
  'CONCEALMENT_OR_OBSTRUCTION',
  'RETALIATION',
] as const satisfies readonly SevereReason[];

/** The 从重 grounds an officer may add by hand (the others the server finds itself). */
export const MANUAL_SEVERE_REASONS = [
  'CONCEALMENT_OR_OBSTRUCTION',
  'RETALIATION',
] as const satisfies readonly SevereReason[];

const caseStatusesComplete: Missing<CaseStatus, (typeof CASE_STATUSES)[number]> = true;
const caseSourcesComplete: Missing<CaseSource, (typeof CASE_SOURCES)[number]> = true;
const subjectTypesComplete: Missing<SubjectType, (typeof SUBJECT_TYPES)[number]> = true;
const familiesComplete: Missing<ScenarioFamily, (typeof SCENARIO_FAMILIES)[number]> = true;
const unitMeasuresComplete: Missing<UnitMeasure, (typeof UNIT_MEASURES)[number]> = true;
const individualComplete: Missing<IndividualMeasure, (typeof INDIVIDUAL_MEASURES)[number]> = true;
const publicationsComplete: Missing<Publication, (typeof PUBLICATIONS)[number]> = true;
const severeComplete: Missing<SevereReason, (typeof SEVERE_REASONS)[number]> = true;
export const CASE_ENUMS_COMPLETE =
  caseStatusesComplete &&
  caseSourcesComplete &&
  subjectTypesComplete &&
  familiesComplete &&
  unitMeasuresComplete &&
  individualComplete &&
  publicationsComplete &&
  severeComplete;
// --- end accountability ---

// --- the spine: kinds of work, progress, findings' sources, the calendar ---
export const WORK_KINDS = [
  'TASK',
  'FORWARDING',
  'REPORT',
  'FINDING',
  'CASE',
  'MONITORING',
] as const satisfies readonly WorkKind[];

export const PROGRESS_STATUSES = [
  'NOT_LINKED',
  'OPEN',
  'DONE',
] as const satisfies readonly ProgressStatus[];

export const FINDING_SOURCES = [
  'REPORT',
  'VISIT',
  'COMPLAINT',
  'ROUND',
  'MONITORING',
  'CAMPAIGN',
  'OTHER',
] as const satisfies readonly FindingSource[];

export const CALENDAR_DAY_KINDS = [
  'HOLIDAY',
  'WORKDAY',
] as const satisfies readonly CalendarDayKind[];

const workKindsComplete: Missing<WorkKind, (typeof WORK_KINDS)[number]> = true;
const progressStatusesComplete: Missing<ProgressStatus, (typeof PROGRESS_STATUSES)[number]> = true;
const findingSourcesComplete: Missing<FindingSource, (typeof FINDING_SOURCES)[number]> = true;
const dayKindsComplete: Missing<CalendarDayKind, (typeof CALENDAR_DAY_KINDS)[number]> = true;
export const SPINE_ENUMS_COMPLETE =
  workKindsComplete && progressStatusesComplete && findingSourcesComplete && dayKindsComplete;

type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : Exclude<All, Listed>;
// Compile-time completeness: each line errors when the contract adds a value we do not list.
const rolesComplete: Missing<Role, (typeof ALL_ROLES)[number]> = true;
const typesComplete: Missing<OrganizationType, (typeof ORGANIZATION_TYPES)[number]> = true;
const stagesComplete: Missing<SchoolStage, (typeof SCHOOL_STAGES)[number]> = true;
const planStatusesComplete: Missing<PlanStatus, (typeof PLAN_STATUSES)[number]> = true;
const taskStatusesComplete: Missing<TaskStatus, (typeof TASK_STATUSES)[number]> = true;
const categoriesComplete: Missing<TaskCategory, (typeof TASK_CATEGORIES)[number]> = true;
const prioritiesComplete: Missing<TaskPriority, (typeof TASK_PRIORITIES)[number]> = true;
const lightsComplete: Missing<TaskLight, (typeof TASK_LIGHTS)[number]> = true;
const ackStatesComplete: Missing<AcknowledgementState, (typeof ACK_STATES)[number]> = true;
const inspectionTypesComplete: Missing<InspectionType, (typeof INSPECTION_TYPES)[number]> = true;
const reportStatusesComplete: Missing<InspectionReportStatus, (typeof REPORT_STATUSES)[number]> =
  true;
const severitiesComplete: Missing<FindingSeverity, (typeof FINDING_SEVERITIES)[number]> = true;
const findingStatusesComplete: Missing<FindingStatus, (typeof FINDING_STATUSES)[number]> = true;
const kindsComplete: Missing<IndicatorKind, (typeof INDICATOR_KINDS)[number]> = true;
const targetTypesComplete: Missing<IndicatorTargetType, (typeof INDICATOR_TARGET_TYPES)[number]> =
  true;
const systemStatusesComplete: Missing<
  IndicatorSystemStatus,
  (typeof INDICATOR_SYSTEM_STATUSES)[number]
> = true;
const operatorsComplete: Missing<ThresholdOperator, (typeof THRESHOLD_OPERATORS)[number]> = true;
const creationKindsComplete: Missing<CreationKind, (typeof CREATION_KINDS)[number]> = true;
const creationStatusesComplete: Missing<
  CreationProgrammeStatus,
  (typeof CREATION_STATUSES)[number]
> = true;
const verdictsComplete: Missing<CreationVerdict, (typeof CREATION_VERDICTS)[number]> = true;
const creationStagesComplete: Missing<CreationStage, (typeof CREATION_STAGES)[number]> = true;
const itemStatusesComplete: Missing<CreationItemStatus, (typeof CREATION_ITEM_STATUSES)[number]> =
  true;
const ledgerStatusesComplete: Missing<
  CreationLedgerStatus,
  (typeof CREATION_LEDGER_STATUSES)[number]
> = true;
export const ENUMS_COMPLETE =
  inspectionTypesComplete &&
  reportStatusesComplete &&
  severitiesComplete &&
  findingStatusesComplete &&
  kindsComplete &&
  targetTypesComplete &&
  systemStatusesComplete &&
  operatorsComplete &&
  creationKindsComplete &&
  creationStatusesComplete &&
  verdictsComplete &&
  creationStagesComplete &&
  itemStatusesComplete &&
  ledgerStatusesComplete &&
  rolesComplete &&
  typesComplete &&
  stagesComplete &&
  planStatusesComplete &&
  taskStatusesComplete &&
  categoriesComplete &&
  prioritiesComplete &&
  lightsComplete &&
  ackStatesComplete;

/** Office roles from the highest level down: an office grants only the levels below its own. */
export const OFFICE_ROLES: readonly Role[] = ['PROVINCE_OFFICE', 'CITY_OFFICE', 'COUNTY_OFFICE'];

/** The separated administrators (三员分立, APP_SEPARATE_ADMINS=true), each alone on its account. */
export const SEPARATED_ADMIN_ROLES: readonly Role[] = [
  'SYSTEM_ADMIN',
  'SECURITY_ADMIN',
  'AUDIT_ADMIN',
];

const ADMINISTRATOR_ROLES: readonly Role[] = ['ADMIN', ...SEPARATED_ADMIN_ROLES];

/**
 * Roles a signed-in user may grant (the server checks again, and that each fits the organisation):
 * ADMIN every role but the separated ones, SECURITY_ADMIN every role but ADMIN; an office the
 * non-administrative roles and the office roles below its own level; others none.
 */
export function grantableRoles(myRoles: readonly Role[] | undefined): Role[] {
  if (!myRoles) return [];
  if (myRoles.includes('ADMIN')) return ALL_ROLES.filter((r) => !SEPARATED_ADMIN_ROLES.includes(r));
  if (myRoles.includes('SECURITY_ADMIN')) return ALL_ROLES.filter((r) => r !== 'ADMIN');
  const level = OFFICE_ROLES.findIndex((r) => myRoles.includes(r));
  if (level < 0) return [];
  return ALL_ROLES.filter(
    (r) =>
      !ADMINISTRATOR_ROLES.includes(r) &&
      (!OFFICE_ROLES.includes(r) || OFFICE_ROLES.indexOf(r) > level),
  );
}

export function canManageUsers(roles: readonly Role[] | undefined): boolean {
  return !!roles?.some((r) => r === 'ADMIN' || r === 'SECURITY_ADMIN' || OFFICE_ROLES.includes(r));
}

export function canReadAudit(roles: readonly Role[] | undefined): boolean {
  return !!roles?.some((r) => r === 'ADMIN' || r === 'AUDIT_ADMIN' || OFFICE_ROLES.includes(r));
}

/** Offices (and administrators) write plans, issue and decompose tasks, forward documents. */
export function canIssue(roles: readonly Role[] | undefined): boolean {
  return !!roles?.some((r) => r === 'ADMIN' || OFFICE_ROLES.includes(r));
}

/** Offices, administrators and 责任督学 write inspection reports and review rectifications. */
export function canInspect(roles: readonly Role[] | undefined): boolean {
  return !!roles?.some((r) => r === 'ADMIN' || r === 'SUPERVISOR' || OFFICE_ROLES.includes(r));
}

/** Offices (and administrators) maintain indicator systems. */
export function canMaintainIndicators(roles: readonly Role[] | undefined): boolean {
  return canIssue(roles);
}

/**
 * Anyone but a read-only viewer may rectify findings owned by their organisation (the server's
 * rule); 我的整改 is their list.
 */
export function canRectify(roles: readonly Role[] | undefined): boolean {
  return !!roles?.some((r) => r !== 'VIEWER');
}

/**
 * The creation programmes (两个创建) page: offices, administrators, leadership viewers and
 * responsibility supervisors. Schools file nothing here themselves (their county office does).
 */
export function canSeeCreation(roles: readonly Role[] | undefined): boolean {
  return !!roles?.some(
    (r) => r === 'ADMIN' || r === 'VIEWER' || r === 'SUPERVISOR' || OFFICE_ROLES.includes(r),
  );
}

/** 驾驶舱 (the statistics dashboard): offices, administrators and leadership viewers. */
export function canSeeDashboard(roles: readonly Role[] | undefined): boolean {
  return !!roles?.some((r) => r === 'ADMIN' || r === 'VIEWER' || OFFICE_ROLES.includes(r));
}

export function isAdmin(roles: readonly Role[] | undefined): boolean {
  return !!roles?.includes('ADMIN');
}

/** Organisations (and system settings): ADMIN, or SYSTEM_ADMIN when administrators are separated. */
export function canAdministerSystem(roles: readonly Role[] | undefined): boolean {
  return !!roles?.some((r) => r === 'ADMIN' || r === 'SYSTEM_ADMIN');
}

export type EnumGroup =
  | 'role'
  | 'orgType'
  | 'stage'
  | 'entityType'
  | 'action'
  | 'planStatus'
  | 'taskStatus'
  | 'category'
  | 'priority'
  | 'light'
  | 'ackState'
  | 'taskAction'
  | 'inspectionType'
  | 'reportStatus'
  | 'reportAction'
  | 'severity'
  | 'findingStatus'
  | 'findingAction'
  | 'indicatorKind'
  | 'targetType'
  | 'systemStatus'
  | 'operator'
  | 'creationKind'
  | 'creationStatus'
  | 'verdict'
  | 'creationStage'
  | 'rowStage'
  | 'ownership'
  | 'ledgerStatus'
  | 'itemStatus'
  // accountability (问责)
  | 'caseStatus'
  | 'caseSource'
  | 'subjectType'
  | 'scenarioFamily'
  | 'unitMeasure'
  | 'individualMeasure'
  | 'publication'
  | 'severeReason'
  | 'caseAction'
  | 'caseStep'
  | 'deadlineKind'
  | 'deadlineState'
  | 'party'
  | 'employment'
  | 'appointmentStatus'
  | 'monitoringSubject'
  | 'monitoringCycleStatus'
  | 'semester'
  | 'coverageCell'
  | 'reviewOutcome'
  | 'appealOutcome'
  // the spine
  | 'workKind'
  | 'progressStatus'
  | 'findingSource'
  | 'calendarDayKind';

/** Label of an enum code in the current language; unknown codes show as they are. */
export function enumLabel(
  t: TFunction,
  group: EnumGroup,
  value: string | null | undefined,
): string {
  if (value === null || value === undefined || value === '') return '—';
  const key = `enum.${group}.${value}`;
  return t(key as 'enum.role.ADMIN', { defaultValue: value });
}
