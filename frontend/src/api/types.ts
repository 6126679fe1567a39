/**
 * Types derived from the generated contract (schema.gen.ts). Nothing here is written by hand:
 * every shape comes from `paths`, so a contract change shows up as a type error.
 */
import type { paths } from './schema.gen';

export type { paths } from './schema.gen';

type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch';
type JsonContent<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type ProblemContent<R> = R extends { content: { 'application/problem+json': infer B } }
  ? B
  : R extends { content: { 'application/json': infer B } }
    ? B
    : never;
type Op<P extends keyof paths, M extends HttpMethod> = M extends keyof paths[P]
  ? NonNullable<paths[P][M]>
  : never;
type Responses<P extends keyof paths, M extends HttpMethod> =
  Op<P, M> extends { responses: infer R } ? R : never;

/** The JSON body of the 200/201 response of an operation. */
export type ResponseBody<P extends keyof paths, M extends HttpMethod> =
  | JsonContent<Responses<P, M>[200 & keyof Responses<P, M>]>
  | JsonContent<Responses<P, M>[201 & keyof Responses<P, M>]>;

/** The JSON request body of an operation. */
export type RequestBody<P extends keyof paths, M extends HttpMethod> =
  Op<P, M> extends { requestBody?: infer B } ? JsonContent<NonNullable<B>> : never;

/** The query parameters of an operation. */
export type QueryParams<P extends keyof paths, M extends HttpMethod> =
  Op<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

export type Me = ResponseBody<'/api/v1/me', 'get'>;
export type TokenPair = ResponseBody<'/api/v1/auth/login', 'post'>;
export type Role = NonNullable<Me['roles']>[number];

export type Organization = ResponseBody<'/api/v1/organizations/{id}', 'get'>;
export type OrganizationNode = ResponseBody<'/api/v1/organizations/tree', 'get'>[number];
export type OrganizationType = NonNullable<Organization['type']>;
export type SchoolStage = NonNullable<Organization['stage']>;
export type CreateOrganizationBody = RequestBody<'/api/v1/organizations', 'post'>;
export type UpdateOrganizationBody = RequestBody<'/api/v1/organizations/{id}', 'put'>;

export type UserPage = ResponseBody<'/api/v1/users', 'get'>;
export type User = ResponseBody<'/api/v1/users/{id}', 'get'>;
export type UserQuery = QueryParams<'/api/v1/users', 'get'>;
export type CreateUserBody = RequestBody<'/api/v1/users', 'post'>;
export type UpdateUserBody = RequestBody<'/api/v1/users/{id}', 'put'>;

export type AuditPage = ResponseBody<'/api/v1/audit-events', 'get'>;
export type AuditEvent = NonNullable<AuditPage['items']>[number];
export type AuditQuery = QueryParams<'/api/v1/audit-events', 'get'>;

/** RFC 9457 problem body as the contract describes it for the login failure. */
export type Problem = ProblemContent<
  Responses<'/api/v1/auth/login', 'post'>[401 & keyof Responses<'/api/v1/auth/login', 'post'>]
>;

export type PlanPage = ResponseBody<'/api/v1/plans', 'get'>;
export type PlanSummary = PlanPage['items'][number];
export type PlanQuery = QueryParams<'/api/v1/plans', 'get'>;
export type Plan = ResponseBody<'/api/v1/plans/{id}', 'get'>;
export type PlanItem = Plan['items'][number];
export type PlanStatus = Plan['status'];
export type ForwardedFrom = NonNullable<Plan['forwardedFrom']>;
export type SavePlanBody = RequestBody<'/api/v1/plans', 'post'>;
export type SavePlanItem = NonNullable<SavePlanBody['items']>[number];
export type Forwarding = ResponseBody<'/api/v1/plans/{id}/forwardings', 'get'>[number];
export type ForwardingRecipient = Forwarding['recipients'][number];
export type AcknowledgementState = ForwardingRecipient['state'];
export type CreateForwardingBody = RequestBody<'/api/v1/plans/{id}/forwardings', 'post'>;

export type TaskPage = ResponseBody<'/api/v1/tasks', 'get'>;
export type Task = ResponseBody<'/api/v1/tasks/{id}', 'get'>;
export type TaskQuery = QueryParams<'/api/v1/tasks', 'get'>;
export type TaskStatus = Task['status'];
export type TaskCategory = Task['category'];
export type TaskPriority = Task['priority'];
export type TaskLight = Task['light'];
export type Milestone = Task['milestones'][number];
export type SaveTaskBody = RequestBody<'/api/v1/tasks', 'post'>;
export type BatchTaskBody = RequestBody<'/api/v1/tasks/batch', 'post'>;
export type SaveMilestone = NonNullable<SaveTaskBody['milestones']>[number];
export type Progress = ResponseBody<'/api/v1/tasks/{id}/progress', 'get'>[number];
export type ProgressBody = RequestBody<'/api/v1/tasks/{id}/progress', 'post'>;
export type AcknowledgeBody = RequestBody<'/api/v1/tasks/{id}/acknowledge', 'post'>;
export type ReasonBody = RequestBody<'/api/v1/tasks/{id}/return', 'post'>;

export type Attachment = ResponseBody<'/api/v1/attachments', 'post'>;

export type PlanImportResult = ResponseBody<'/api/v1/plans/import', 'post'>;
export type ImportWarning = PlanImportResult['importWarnings'][number];

export type IndicatorSystemPage = ResponseBody<'/api/v1/indicator-systems', 'get'>;
export type IndicatorSystemSummary = IndicatorSystemPage['items'][number];
export type IndicatorSystemQuery = QueryParams<'/api/v1/indicator-systems', 'get'>;
export type IndicatorSystem = ResponseBody<'/api/v1/indicator-systems/{id}', 'get'>;
export type Indicator = IndicatorSystem['indicators'][number];
export type IndicatorKind = IndicatorSystem['kind'];
export type IndicatorTargetType = IndicatorSystem['targetType'];
export type IndicatorSystemStatus = IndicatorSystem['status'];
export type GradeBand = IndicatorSystem['gradeBands'][number];
export type ThresholdOperator = NonNullable<Indicator['operator']>;
export type SaveIndicatorSystemBody = RequestBody<'/api/v1/indicator-systems', 'post'>;
export type SaveIndicator = SaveIndicatorSystemBody['indicators'][number];
export type IndicatorSystemDocument = RequestBody<'/api/v1/indicator-systems/import', 'post'>;

export type InspectionReportPage = ResponseBody<'/api/v1/inspection-reports', 'get'>;
export type InspectionReportSummary = InspectionReportPage['items'][number];
export type InspectionReportQuery = QueryParams<'/api/v1/inspection-reports', 'get'>;
export type InspectionReport = ResponseBody<'/api/v1/inspection-reports/{id}', 'get'>;
export type InspectionType = InspectionReport['type'];
export type InspectionReportStatus = InspectionReport['status'];
export type FindingCounts = InspectionReport['findings'];
export type Score = InspectionReport['scores'][number];
export type SaveInspectionReportBody = RequestBody<'/api/v1/inspection-reports', 'post'>;
export type SaveScore = NonNullable<SaveInspectionReportBody['scores']>[number];

export type FindingPage = ResponseBody<'/api/v1/findings', 'get'>;
export type Finding = ResponseBody<'/api/v1/findings/{id}', 'get'>;
export type FindingQuery = QueryParams<'/api/v1/findings', 'get'>;
export type FindingSeverity = Finding['severity'];
export type FindingStatus = Finding['status'];
export type Rectification = Finding['rectifications'][number];
export type CreateFindingBody = RequestBody<'/api/v1/inspection-reports/{id}/findings', 'post'>;
export type RectificationBody = RequestBody<'/api/v1/findings/{id}/rectifications', 'post'>;
export type CreationProgrammePage = ResponseBody<'/api/v1/creation-programmes', 'get'>;
export type CreationProgrammeQuery = QueryParams<'/api/v1/creation-programmes', 'get'>;
export type CreationProgramme = ResponseBody<'/api/v1/creation-programmes/{id}', 'get'>;
export type CreationKind = CreationProgramme['kind'];
export type CreationProgrammeStatus = CreationProgramme['status'];
export type CreationProgrammeStage = CreationProgramme['stages'][number];
export type CreationSummary = NonNullable<CreationProgramme['latest']>;
export type CreationWorstIndicator = NonNullable<CreationSummary['worstIndicator']>;
export type CreationSchoolReturn = ResponseBody<
  '/api/v1/creation-programmes/{id}/schools/{year}',
  'get'
>;
export type CreationSchoolRow = CreationSchoolReturn['rows'][number];
export type SaveCreationSchoolReturnBody = RequestBody<
  '/api/v1/creation-programmes/{id}/schools/{year}',
  'put'
>;
export type CreationAssessment = ResponseBody<'/api/v1/creation-programmes/{id}/assessment', 'get'>;
export type CreationVerdict = CreationAssessment['verdict'];
export type CreationSchoolResult = CreationAssessment['schools'][number];
export type CreationIndicatorResult = CreationAssessment['indicators'][number];
export type CreationStage = CreationIndicatorResult['stage'];
export type CreationShortfall = CreationSchoolResult['shortfalls'][number];
export type CreationCheck = CreationSchoolResult['checks'][number];
export type CreationExplain = CreationAssessment['explain'];
export type CreationExcludedSchool = CreationAssessment['excludedSchools'][number];
export type CreationSimulationBody = RequestBody<
  '/api/v1/creation-programmes/{id}/assessment/simulate',
  'post'
>;
export type CreationSimulationChange = NonNullable<CreationSimulationBody['changes']>[number];
export type CreationLedgerSyncResult = ResponseBody<
  '/api/v1/creation-programmes/{id}/ledger',
  'post'
>;
export type CreationLedgerEntry = CreationLedgerSyncResult['entries'][number];
export type CreationLedgerStatus = CreationLedgerEntry['status'];
export type CreationLedgerPage = ResponseBody<'/api/v1/creation-programmes/{id}/ledger', 'get'>;
export type CreationStandard = ResponseBody<'/api/v1/creation-standards/{id}', 'get'>;
export type CreationPartResult = CreationAssessment['parts'][number];
export type CreationItemResult = CreationPartResult['items'][number];
export type CreationItemStatus = CreationItemResult['status'];
export type CreationConditionResult = CreationItemResult['conditions'][number];
export type CreationVetoResult = CreationAssessment['vetoes'][number];
export type CreationPartVerdict = NonNullable<CreationSummary['parts']>[number];
export type CreationCountyReturn = ResponseBody<
  '/api/v1/creation-programmes/{id}/county/{year}',
  'get'
>;
export type CreationCountyData = CreationCountyReturn['data'];
export type CreationCountyForm = CreationCountyReturn['form'];
export type CreationCountyInputField = CreationCountyForm['inputs'][number];
export type CreationJudgedItem = CreationCountyForm['judgedItems'][number];
export type CreationMonitoringSubject = CreationCountyData['monitoring'][number];
export type SaveCreationCountyReturnBody = RequestBody<
  '/api/v1/creation-programmes/{id}/county/{year}',
  'put'
>;
export type CreationSimulationCountyChange = NonNullable<CreationSimulationBody['county']>;
export type CreationRecognition = ResponseBody<
  '/api/v1/creation-programmes/{id}/recognition',
  'get'
>;
export type RecordCreationRecognitionStepBody = RequestBody<
  '/api/v1/creation-programmes/{id}/recognition',
  'post'
>;

// --- accountability (问责) ---
export type AccountabilityCasePage = ResponseBody<'/api/v1/accountability-cases', 'get'>;
export type AccountabilityCase = ResponseBody<'/api/v1/accountability-cases/{id}', 'get'>;
export type CaseQuery = QueryParams<'/api/v1/accountability-cases', 'get'>;
export type ScenarioQuery = QueryParams<'/api/v1/accountability-scenarios', 'get'>;
export type SaveCaseBody = RequestBody<'/api/v1/accountability-cases', 'post'>;
export type CaseStatus = AccountabilityCase['status'];
export type CaseSource = AccountabilityCase['source'];
export type SubjectType = AccountabilityCase['subjectType'];
export type CaseView = AccountabilityCase['view'];
export type CaseDeadline = AccountabilityCase['deadlines'][number];
export type DeadlineKind = CaseDeadline['kind'];
export type DeadlineState = CaseDeadline['state'];
export type Party = CaseDeadline['party'];
export type CaseTimelineEntry = AccountabilityCase['timeline'][number];
export type UnitMeasure = AccountabilityCase['unitMeasures'][number];
export type IndividualMeasure = AccountabilityCase['individualMeasures'][number];
export type Publication = AccountabilityCase['publication'];
export type SevereGround = AccountabilityCase['severeReasons'][number];
export type SevereReason = SevereGround['code'];
export type CaseNotifyBody = RequestBody<'/api/v1/accountability-cases/{id}/notify', 'post'>;
export type CaseStatementBody = RequestBody<'/api/v1/accountability-cases/{id}/statement', 'post'>;
export type CaseDecisionBody = RequestBody<'/api/v1/accountability-cases/{id}/decide', 'post'>;
export type CaseStepBody = RequestBody<'/api/v1/accountability-cases/{id}/investigate', 'post'>;
export type CaseReasonBody = RequestBody<'/api/v1/accountability-cases/{id}/dismiss', 'post'>;
export type CaseReviewDecisionBody = RequestBody<
  '/api/v1/accountability-cases/{id}/review-decision',
  'post'
>;
export type CaseAppealDecisionBody = RequestBody<
  '/api/v1/accountability-cases/{id}/appeal-decision',
  'post'
>;
export type ReviewOutcome = CaseReviewDecisionBody['outcome'];
export type AppealOutcome = CaseAppealDecisionBody['outcome'];
export type AccountabilityScenario = ResponseBody<
  '/api/v1/accountability-scenarios',
  'get'
>[number];
export type ScenarioFamily = AccountabilityScenario['family'];
export type SaveScenarioBody = RequestBody<'/api/v1/accountability-scenarios', 'post'>;
export type CaseNumbering = ResponseBody<'/api/v1/accountability-numbering/{orgId}', 'get'>;
export type PublicDecisionPage = ResponseBody<'/api/v1/public/accountability-decisions', 'get'>;
export type PublicDecision = PublicDecisionPage['items'][number];
export type StatsOverview = ResponseBody<'/api/v1/stats/overview', 'get'>;
export type OrgStats = StatsOverview['children'][number];
export type KeyCount = StatsOverview['gradeTotals'][number];
export type MonthlyCount = ResponseBody<'/api/v1/stats/trend', 'get'>[number];
export type StatsQuery = QueryParams<'/api/v1/stats/overview', 'get'>;
export type AccountabilityCaseSummary = AccountabilityCasePage['items'][number];

// --- the spine: plan progress, plan items, findings' sources, the working-day calendar ---
export type PlanProgress = ResponseBody<'/api/v1/plans/{id}/progress', 'get'>;
export type PlanItemProgress = PlanProgress['items'][number];
export type ProgressFigures = PlanProgress['progress'];
export type KindProgress = ProgressFigures['kinds'][number];
export type WorkKind = KindProgress['kind'];
export type ProgressStatus = ProgressFigures['status'];
export type PlanItemRef = ResponseBody<'/api/v1/plan-items/{id}', 'get'>;
export type FindingSource = Finding['sourceType'];
export type RaiseFindingBody = RequestBody<'/api/v1/findings', 'post'>;
export type CalendarYear = ResponseBody<'/api/v1/calendar/{year}', 'get'>;
export type CalendarDay = CalendarYear['days'][number];
export type CalendarDayKind = CalendarDay['kind'];
export type CalendarYearSummary = ResponseBody<'/api/v1/calendar/years', 'get'>[number];
export type SaveCalendarYearBody = RequestBody<'/api/v1/calendar/{year}', 'put'>;
export type CalendarImportResult = ResponseBody<'/api/v1/calendar/{year}/import', 'post'>;
export type WorkingDaysResult = ResponseBody<'/api/v1/calendar/working-days', 'get'>;
// responsibility supervision (责任督学挂牌督导)
export type Appointment = ResponseBody<'/api/v1/supervision/appointments/{id}', 'get'>;
export type AppointmentQuery = QueryParams<'/api/v1/supervision/appointments', 'get'>;
export type SaveAppointmentBody = RequestBody<'/api/v1/supervision/appointments', 'post'>;
export type Employment = Appointment['employment'];
export type AppointmentStatus = Appointment['status'];
export type SchoolSupervisors = ResponseBody<'/api/v1/schools/{orgId}/supervisors', 'get'>;
export type SaveSchoolSupervisorsBody = RequestBody<'/api/v1/schools/{orgId}/supervisors', 'put'>;
export type Coverage = ResponseBody<'/api/v1/supervision/coverage', 'get'>;
export type CoverageQuery = QueryParams<'/api/v1/supervision/coverage', 'get'>;
export type CoverageSchool = Coverage['schools'][number];
export type CoverageRollup = Coverage['total'];
export type CoverageCellState = CoverageSchool['cells'][number]['state'];
export type Semester = Coverage['semester'];

export type InboxPage = ResponseBody<'/api/v1/inbox', 'get'>;
export type InboxItem = InboxPage['items'][number];
export type InboxQuery = QueryParams<'/api/v1/inbox', 'get'>;
export type InboxCounts = ResponseBody<'/api/v1/inbox/counts', 'get'>;
export type NotificationPage = ResponseBody<'/api/v1/notifications', 'get'>;
export type AppNotification = NotificationPage['items'][number];

export type SearchResponse = ResponseBody<'/api/v1/search', 'get'>;
export type SearchGroup = SearchResponse['groups'][number];
export type SearchHit = SearchGroup['items'][number];
export type SnippetPart = SearchHit['snippet'][number];

// quality monitoring (质量监测)
export type MonitoringCycle = ResponseBody<'/api/v1/monitoring-cycles/{id}', 'get'>;
export type MonitoringCycleQuery = QueryParams<'/api/v1/monitoring-cycles', 'get'>;
export type MonitoringCycleStatus = MonitoringCycle['status'];
export type MonitoringSubject = MonitoringCycle['subjects'][number];
export type MonitoringResult = ResponseBody<
  '/api/v1/monitoring-cycles/{id}/results',
  'get'
>['items'][number];
export type MonitoringComparison = ResponseBody<'/api/v1/monitoring-cycles/{id}/comparison', 'get'>;
