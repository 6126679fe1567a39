import type { CreationKind, CreationSchoolRow } from '../../api/types';

/** The numeric columns of a school return row, per kind, in the template's order. */
export type NumericField =
  | 'students'
  | 'primaryStudents'
  | 'juniorStudents'
  | 'qualifiedTeachers'
  | 'backboneTeachers'
  | 'peArtTeachers'
  | 'teachingAreaM2'
  | 'sportsAreaM2'
  | 'equipmentValueYuan'
  | 'multimediaRooms'
  | 'classes'
  | 'maxClassSizePrimary'
  | 'maxClassSizeJunior'
  | 'musicRooms'
  | 'musicRoomMinAreaM2'
  | 'artRooms'
  | 'artRoomMinAreaM2'
  | 'publicFundsYuan'
  | 'teacherTrainingFundsYuan'
  | 'children'
  | 'fullTimeTeachers'
  | 'buildingAreaM2'
  | 'playAreaM2';

export type UnitKey = 'person' | 'room' | 'm2' | 'yuan' | 'class';

export type NumericColumn = {
  field: NumericField;
  unit: UnitKey;
  /** Counts of people and rooms are whole numbers; areas and money may have decimals. */
  integer: boolean;
};

export const COMPULSORY_COLUMNS: readonly NumericColumn[] = [
  { field: 'students', unit: 'person', integer: true },
  { field: 'primaryStudents', unit: 'person', integer: true },
  { field: 'juniorStudents', unit: 'person', integer: true },
  { field: 'qualifiedTeachers', unit: 'person', integer: true },
  { field: 'backboneTeachers', unit: 'person', integer: true },
  { field: 'peArtTeachers', unit: 'person', integer: true },
  { field: 'teachingAreaM2', unit: 'm2', integer: false },
  { field: 'sportsAreaM2', unit: 'm2', integer: false },
  { field: 'equipmentValueYuan', unit: 'yuan', integer: false },
  { field: 'multimediaRooms', unit: 'room', integer: true },
  // optional: the every-school rules of 政府保障程度 and 教育质量
  { field: 'classes', unit: 'class', integer: true },
  { field: 'maxClassSizePrimary', unit: 'person', integer: true },
  { field: 'maxClassSizeJunior', unit: 'person', integer: true },
  { field: 'musicRooms', unit: 'room', integer: true },
  { field: 'musicRoomMinAreaM2', unit: 'm2', integer: false },
  { field: 'artRooms', unit: 'room', integer: true },
  { field: 'artRoomMinAreaM2', unit: 'm2', integer: false },
  { field: 'publicFundsYuan', unit: 'yuan', integer: false },
  { field: 'teacherTrainingFundsYuan', unit: 'yuan', integer: false },
];

export const PRESCHOOL_COLUMNS: readonly NumericColumn[] = [
  { field: 'children', unit: 'person', integer: true },
  { field: 'fullTimeTeachers', unit: 'person', integer: true },
  { field: 'buildingAreaM2', unit: 'm2', integer: false },
  { field: 'playAreaM2', unit: 'm2', integer: false },
];

export function numericColumns(kind: CreationKind): readonly NumericColumn[] {
  return kind === 'INCLUSIVE_PRESCHOOL' ? PRESCHOOL_COLUMNS : COMPULSORY_COLUMNS;
}

/** The resource columns a what-if may change (the student counts stay as filed there, too). */
export function whatIfColumns(kind: CreationKind): readonly NumericColumn[] {
  return numericColumns(kind);
}

/** A row being edited in the grid: the API row plus a stable key for React. */
export type EditableRow = CreationSchoolRow & { key: string };

export type InvalidReason =
  'required' | 'notNumber' | 'negative' | 'notInteger' | 'positive' | 'duplicateCode';

/** Field → reason, for one row. */
export type RowProblems = Partial<Record<keyof CreationSchoolRow, InvalidReason>>;

/** Which numeric fields a compulsory row must fill, by its stage. */
function requiredNumbers(kind: CreationKind, row: CreationSchoolRow): NumericField[] {
  if (kind === 'INCLUSIVE_PRESCHOOL')
    return ['children', 'fullTimeTeachers', 'buildingAreaM2', 'playAreaM2'];
  const counts: NumericField[] =
    row.stage === 'NINE_YEAR' ? ['primaryStudents', 'juniorStudents'] : ['students'];
  return [
    ...counts,
    'qualifiedTeachers',
    'backboneTeachers',
    'peArtTeachers',
    'teachingAreaM2',
    'sportsAreaM2',
    'equipmentValueYuan',
    'multimediaRooms',
  ];
}

/** Counts that must be above zero when they are filled. */
const POSITIVE: readonly NumericField[] = [
  'students',
  'children',
  'classes',
  'maxClassSizePrimary',
  'maxClassSizeJunior',
];

/**
 * Fields that do not belong to a compulsory row of this stage: the two parts' student counts are
 * only for NINE_YEAR schools, a primary school has no junior class size and the other way round.
 */
export function notApplicable(field: NumericField, stage: CreationSchoolRow['stage']): boolean {
  switch (field) {
    case 'primaryStudents':
    case 'juniorStudents':
      return stage !== 'NINE_YEAR';
    case 'maxClassSizePrimary':
      return stage === 'JUNIOR';
    case 'maxClassSizeJunior':
      return stage === 'PRIMARY';
    default:
      return false;
  }
}

/**
 * The checks the grid makes while a person types, mirroring the server's (which has the last
 * word): codes and names filled and unique, a stage or ownership chosen, counts whole and above
 * zero, nothing negative.
 */
export function validateRows(
  kind: CreationKind,
  rows: readonly CreationSchoolRow[],
): RowProblems[] {
  const codes = new Map<string, number>();
  for (const r of rows) {
    const code = r.schoolCode?.trim();
    if (code) codes.set(code, (codes.get(code) ?? 0) + 1);
  }
  const columns = numericColumns(kind);
  return rows.map((row) => {
    const problems: RowProblems = {};
    const code = row.schoolCode?.trim();
    if (!code) problems.schoolCode = 'required';
    else if ((codes.get(code) ?? 0) > 1) problems.schoolCode = 'duplicateCode';
    if (!row.schoolName?.trim()) problems.schoolName = 'required';
    if (kind === 'INCLUSIVE_PRESCHOOL') {
      if (!row.ownership) problems.ownership = 'required';
    } else if (!row.stage) {
      problems.stage = 'required';
    }
    const required = new Set(requiredNumbers(kind, row));
    for (const { field, integer } of columns) {
      if (kind === 'BALANCED_COMPULSORY' && notApplicable(field, row.stage)) continue;
      const value = row[field];
      if (value === undefined || value === null) {
        if (required.has(field)) problems[field] = 'required';
        continue;
      }
      if (typeof value !== 'number' || !Number.isFinite(value)) problems[field] = 'notNumber';
      else if (value < 0) problems[field] = 'negative';
      else if (integer && !Number.isInteger(value)) problems[field] = 'notInteger';
      else if (POSITIVE.includes(field) && value === 0) problems[field] = 'positive';
    }
    // a nine-year school may have an empty part, not two
    if (
      kind === 'BALANCED_COMPULSORY' &&
      row.stage === 'NINE_YEAR' &&
      !problems.primaryStudents &&
      !problems.juniorStudents &&
      (row.primaryStudents ?? 0) + (row.juniorStudents ?? 0) === 0
    )
      problems.primaryStudents = 'positive';
    return problems;
  });
}

export function countProblems(problems: readonly RowProblems[]): number {
  return problems.reduce((n, p) => n + Object.keys(p).length, 0);
}

let nextKey = 0;

/** Rows from the API with keys for the grid. */
export function toEditable(rows: readonly CreationSchoolRow[]): EditableRow[] {
  return rows.map((r) => ({ ...r, key: `row-${nextKey++}` }));
}

/** A new empty row. */
export function emptyRow(kind: CreationKind): EditableRow {
  return kind === 'INCLUSIVE_PRESCHOOL'
    ? { key: `row-${nextKey++}`, schoolCode: '', schoolName: '', ownership: 'PUBLIC' }
    : { key: `row-${nextKey++}`, schoolCode: '', schoolName: '', stage: 'PRIMARY' };
}

/**
 * The rows as the API wants them: without the grid key and the server's read-only link, codes and
 * names trimmed, and the student count of the other layout dropped (a NINE_YEAR school files its
 * two parts, the others one count).
 */
export function toRequestRows(
  kind: CreationKind,
  rows: readonly EditableRow[],
): CreationSchoolRow[] {
  return rows.map((row) => {
    // the grid's key and the server's read-only link stay behind
    const { key, schoolOrgId, ...rest } = row;
    void key;
    void schoolOrgId;
    const out: CreationSchoolRow = {
      ...rest,
      schoolCode: rest.schoolCode.trim(),
      schoolName: rest.schoolName.trim(),
    };
    if (kind === 'BALANCED_COMPULSORY') {
      if (out.stage === 'NINE_YEAR') delete out.students;
      for (const { field } of COMPULSORY_COLUMNS)
        if (notApplicable(field, out.stage)) delete out[field];
      if (!out.isTeachingPoint) delete out.isTeachingPoint;
    }
    return out;
  });
}
