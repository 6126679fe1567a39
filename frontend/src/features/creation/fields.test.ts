import { describe, expect, it } from 'vitest';
import { countProblems, notApplicable, toEditable, toRequestRows, validateRows } from './fields';

const primary = {
  schoolCode: '610528-S101',
  schoolName: '富平县城关小学',
  stage: 'PRIMARY' as const,
  students: 2400,
  qualifiedTeachers: 130,
  backboneTeachers: 30,
  peArtTeachers: 26,
  teachingAreaM2: 11500,
  sportsAreaM2: 7200,
  equipmentValueYuan: 5600000,
  multimediaRooms: 60,
};

describe('validateRows', () => {
  it('accepts a complete row', () => {
    expect(validateRows('BALANCED_COMPULSORY', [primary])).toEqual([{}]);
  });

  it('names every bad cell: negative area, zero students, missing name, fractional teachers', () => {
    const problems = validateRows('BALANCED_COMPULSORY', [
      { ...primary, sportsAreaM2: -5, students: 0, schoolName: ' ', backboneTeachers: 2.5 },
    ]);
    expect(problems[0]).toEqual({
      sportsAreaM2: 'negative',
      students: 'positive',
      schoolName: 'required',
      backboneTeachers: 'notInteger',
    });
    expect(countProblems(problems)).toBe(4);
  });

  it('flags duplicate codes on both rows', () => {
    const problems = validateRows('BALANCED_COMPULSORY', [primary, { ...primary }]);
    expect(problems.map((p) => p.schoolCode)).toEqual(['duplicateCode', 'duplicateCode']);
  });

  it('wants the two parts of a nine-year school, not one student count', () => {
    const nine = { ...primary, stage: 'NINE_YEAR' as const, students: undefined };
    expect(validateRows('BALANCED_COMPULSORY', [nine])[0]).toEqual({
      primaryStudents: 'required',
      juniorStudents: 'required',
    });
    const ok = { ...nine, primaryStudents: 720, juniorStudents: 0 };
    expect(validateRows('BALANCED_COMPULSORY', [ok])[0]).toEqual({});
    const empty = { ...nine, primaryStudents: 0, juniorStudents: 0 };
    expect(validateRows('BALANCED_COMPULSORY', [empty])[0]).toEqual({
      primaryStudents: 'positive',
    });
  });

  it('checks kindergarten rows by their own columns', () => {
    const problems = validateRows('INCLUSIVE_PRESCHOOL', [
      { schoolCode: 'HZ-K01', schoolName: '华州区城关幼儿园', children: 0, fullTimeTeachers: 82 },
    ]);
    expect(problems[0]).toEqual({
      ownership: 'required',
      children: 'positive',
      buildingAreaM2: 'required',
      playAreaM2: 'required',
    });
  });
});

describe('toRequestRows', () => {
  it('drops the grid key, the server link and the other layout’s student counts', () => {
    const [row] = toEditable([
      { ...primary, schoolCode: ' 610528-S101 ', schoolOrgId: 27, primaryStudents: 5 },
    ]);
    const [out] = toRequestRows('BALANCED_COMPULSORY', [row]);
    expect(out).toEqual({ ...primary });
    expect(out).not.toHaveProperty('key');
    expect(out).not.toHaveProperty('schoolOrgId');
  });

  it('sends a nine-year school as its two parts', () => {
    const [row] = toEditable([
      {
        ...primary,
        stage: 'NINE_YEAR',
        students: 1200,
        primaryStudents: 720,
        juniorStudents: 480,
        isTeachingPoint: false,
      },
    ]);
    const [out] = toRequestRows('BALANCED_COMPULSORY', [row]);
    expect(out).not.toHaveProperty('students');
    expect(out).not.toHaveProperty('isTeachingPoint');
    expect(out?.primaryStudents).toBe(720);
    expect(out?.juniorStudents).toBe(480);
  });
});

describe('the every-school data', () => {
  it('is optional, but a class size of 0 or a fractional room count is wrong', () => {
    expect(validateRows('BALANCED_COMPULSORY', [{ ...primary, classes: 48 }])).toEqual([{}]);
    expect(
      validateRows('BALANCED_COMPULSORY', [
        { ...primary, maxClassSizePrimary: 0, musicRooms: 1.5, artRoomMinAreaM2: -90 },
      ])[0],
    ).toEqual({
      maxClassSizePrimary: 'positive',
      musicRooms: 'notInteger',
      artRoomMinAreaM2: 'negative',
    });
  });

  it('belongs to the stages a school has: no junior class size for a primary school', () => {
    expect(notApplicable('maxClassSizeJunior', 'PRIMARY')).toBe(true);
    expect(notApplicable('maxClassSizePrimary', 'JUNIOR')).toBe(true);
    expect(notApplicable('maxClassSizePrimary', 'NINE_YEAR')).toBe(false);
    expect(notApplicable('primaryStudents', 'PRIMARY')).toBe(true);
    // left over from a stage change, it is neither checked nor sent
    const row = { ...primary, maxClassSizePrimary: 44, maxClassSizeJunior: -1 };
    expect(validateRows('BALANCED_COMPULSORY', [row])).toEqual([{}]);
    const [sent] = toRequestRows('BALANCED_COMPULSORY', toEditable([row]));
    expect(sent).toMatchObject({ maxClassSizePrimary: 44 });
    expect(sent).not.toHaveProperty('maxClassSizeJunior');
  });
});
