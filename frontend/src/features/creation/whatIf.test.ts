import { describe, expect, it } from 'vitest';
import { assessment2023 } from '../../test/creationFixtures';
import type { CreationAssessment } from '../../api/types';
import { countyChartModel } from './chart';
import { changedIndicators, changedSchools, toCountyChange, toSimulationChanges } from './whatIf';
import { partChanges, partVerdicts } from './parts';
import { gapRows, schoolIndicatorCodes } from './assessment';

const saved = assessment2023 as CreationAssessment;

describe('toSimulationChanges', () => {
  it('groups complete lines per school and skips unfinished ones', () => {
    expect(
      toSimulationChanges([
        { key: 'a', schoolCode: 'S101', field: 'sportsAreaM2', value: 20000 },
        { key: 'b', schoolCode: 'S106', field: 'backboneTeachers', value: 9 },
        { key: 'c', schoolCode: 'S101', field: 'teachingAreaM2', value: 12000 },
        { key: 'd', schoolCode: 'S104', field: 'sportsAreaM2' },
        { key: 'e', field: 'sportsAreaM2', value: 1 },
        { key: 'f', schoolCode: 'S101', field: 'sportsAreaM2', value: 21000 },
      ]),
    ).toEqual([
      { schoolCode: 'S101', sportsAreaM2: 21000, teachingAreaM2: 12000 },
      { schoolCode: 'S106', backboneTeachers: 9 },
    ]);
  });
});

describe('comparing a simulation with the saved assessment', () => {
  const simulated: CreationAssessment = {
    ...saved,
    simulated: true,
    verdict: 'PASS',
    indicators: saved.indicators.map((i) =>
      i.code === 'SPORTS_AREA_PER_STUDENT' && i.stage === 'PRIMARY'
        ? { ...i, cv: 0.483, passed: true }
        : i,
    ),
    schools: saved.schools.map((s) =>
      s.schoolCode === '610528-S101' ? { ...s, passed: true, metCount: 7, shortfalls: [] } : s,
    ),
  };

  it('lists only the indicators that moved', () => {
    const changes = changedIndicators(saved, simulated);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.before?.cv).toBe(0.79);
    expect(changes[0]?.after.cv).toBe(0.483);
  });

  it('shows the changed schools before and after', () => {
    const [s] = changedSchools(['610528-S101'], saved, simulated);
    expect(s?.before?.passed).toBe(false);
    expect(s?.after?.passed).toBe(true);
  });
});

describe('assessment helpers', () => {
  it('list the county gap first, then every school shortfall', () => {
    const rows = gapRows(saved, '全县');
    expect(rows[0]?.who).toBe('全县');
    expect(rows.map((r) => r.message)).toContain('短缺体育运动场馆 10,800 ㎡');
  });
  it('take the indicator columns from the schools’ checks', () => {
    expect(schoolIndicatorCodes(saved.schools)).toHaveLength(7);
    expect(schoolIndicatorCodes(saved.schools)[4]).toBe('SPORTS_AREA_PER_STUDENT');
  });
});

describe('countyChartModel', () => {
  it('splits the bars by verdict and labels mixed kinds', () => {
    const m = countyChartModel(
      [
        {
          id: 1,
          countyOrgName: '富平县',
          kind: 'BALANCED_COMPULSORY',
          latest: {
            year: 2023,
            verdict: 'FAIL',
            assessedSchools: 7,
            passingSchools: 4,
            passingSchoolRatio: 0.5714,
          },
        },
        {
          id: 3,
          countyOrgName: '华阴市',
          kind: 'INCLUSIVE_PRESCHOOL',
          latest: {
            year: 2023,
            verdict: 'PASS',
            assessedSchools: 6,
            passingSchools: 5,
            passingSchoolRatio: 0.8333,
          },
        },
        { id: 4, countyOrgName: '高新区', kind: 'INCLUSIVE_PRESCHOOL', latest: undefined },
      ],
      (k) => (k === 'BALANCED_COMPULSORY' ? '优质均衡' : '普及普惠'),
    );
    expect(m.categories).toEqual(['富平县\n优质均衡', '华阴市\n普及普惠', '高新区\n普及普惠']);
    expect(m.fail).toEqual([57.1, null, null]);
    expect(m.pass).toEqual([null, 83.3, null]);
    expect(m.ids).toEqual([1, 3, 4]);
  });
});

describe('the county part of a what-if', () => {
  it('sends complete lines only, the last value per key, and vetoes only when chosen', () => {
    expect(toCountyChange([{ key: 'a' }], [{ key: 'b' }], undefined)).toBeUndefined();
    expect(
      toCountyChange(
        [
          { key: 'a', input: 'surveyApproving', value: 900 },
          { key: 'b', input: 'rotatedTeachers' },
          { key: 'c', input: 'surveyApproving', value: 1000 },
        ],
        [
          { key: 'd', itemCode: 'GOV_01', met: false },
          { key: 'e', itemCode: 'QUALITY_06' },
        ],
        [],
      ),
    ).toEqual({
      inputs: { surveyApproving: 1000 },
      judgements: [{ itemCode: 'GOV_01', met: false }],
      vetoes: [],
    });
  });

  it('lists the verdict of each part, the vetoes and the precondition, and what a what-if changes', () => {
    const parts = partVerdicts(saved);
    expect(parts.map((p) => `${p.code}:${p.verdict}`)).toEqual([
      'RESOURCE_ALLOCATION:FAIL',
      'GOVERNMENT_SUPPORT:FAIL',
      'EDUCATION_QUALITY:FAIL',
      'SOCIAL_RECOGNITION:FAIL',
      'VETOES:PASS',
      'PRECONDITION:PASS',
    ]);
    const after = parts.map((p) =>
      p.code === 'SOCIAL_RECOGNITION' ? { ...p, verdict: 'PASS' as const } : p,
    );
    expect(partChanges(parts, after).filter((c) => c.before !== c.after)).toEqual([
      { code: 'SOCIAL_RECOGNITION', name: '社会认可度', before: 'FAIL', after: 'PASS' },
    ]);
  });
});
