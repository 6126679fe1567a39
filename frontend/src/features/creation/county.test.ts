import { describe, expect, it } from 'vitest';
import type { CreationCountyReturn } from '../../api/types';
import { countyReturn2023 } from '../../test/creationFixtures';
import { countyErrorKey, placeCountyErrors, toCountyBody, toDraft } from './county';

const saved = countyReturn2023 as CreationCountyReturn;

describe('the county form', () => {
  it('has an entry for every judged item and veto, filled from the saved data', () => {
    const draft = toDraft(saved);
    expect(draft.inputs.rotatedTeachers).toBe(130);
    expect(draft.judgements.GOV_01).toEqual({
      met: true,
      basis: '县政府批复布局规划，学校布点与人口分布相符',
      kept: [31],
      uploaded: [],
    });
    expect(draft.judgements.QUALITY_06?.met).toBeUndefined();
    expect(draft.vetoes.EXAM_ADMISSION?.found).toBe(false);
    expect(draft.monitoring[0]).toMatchObject({ subject: '八年级语文', level: 3 });
  });

  it('sends filled numbers, judged items, found vetoes and the evidence kept and uploaded', () => {
    const draft = toDraft(saved);
    draft.inputs.surveyApproving = 1068;
    draft.inputs.rotatedTeachers = null;
    draft.judgements.GOV_01 = { ...draft.judgements.GOV_01, uploaded: [40, 31] };
    draft.judgements.QUALITY_06 = {
      met: false,
      basis: ' 两所学校评定为一般 ',
      kept: [],
      uploaded: [],
    };
    draft.vetoes.EXAM_ADMISSION = {
      found: true,
      description: '城关初中组织入学考试',
      kept: [],
      uploaded: [41],
    };
    draft.monitoring.push({ key: 'empty', subject: ' ' });
    expect(toCountyBody(draft, 0)).toEqual({
      inputs: {
        rotationEligibleTeachers: 1180,
        rotatedBackboneTeachers: 21,
        surveyApproving: 1068,
      },
      monitoring: [{ subject: '八年级语文', level: 3, differenceRate: 0.17 }],
      judgements: [
        {
          itemCode: 'GOV_01',
          met: true,
          basis: '县政府批复布局规划，学校布点与人口分布相符',
          attachmentIds: [31, 40],
        },
        { itemCode: 'QUALITY_06', met: false, basis: '两所学校评定为一般', attachmentIds: [] },
      ],
      vetoes: [
        { code: 'EXAM_ADMISSION', description: '城关初中组织入学考试', attachmentIds: [41] },
      ],
      version: 0,
    });
  });

  it('places each server error on the number, subject, item or veto it concerns', () => {
    const draft = toDraft(saved);
    draft.vetoes.KEY_SCHOOLS_OR_CLASSES = { found: true, description: '', kept: [], uploaded: [] };
    const body = toCountyBody(draft, 0);
    expect(countyErrorKey('inputs.surveyApproving', body)).toBe('input:surveyApproving');
    expect(countyErrorKey('monitoring[0].level', body)).toBe('monitoring:0');
    expect(countyErrorKey('judgements[0].attachmentIds', body)).toBe('judgement:GOV_01');
    expect(countyErrorKey('vetoes[0].attachmentIds', body)).toBe('veto:KEY_SCHOOLS_OR_CLASSES');
    expect(countyErrorKey('attachmentIds', body)).toBe('general');
    const placed = placeCountyErrors(
      [
        { field: 'vetoes[0].description', message: '请写明情形' },
        { field: 'vetoes[0].attachmentIds', message: '一票否决情形须附佐证材料' },
      ],
      body,
    );
    expect(placed.get('veto:KEY_SCHOOLS_OR_CLASSES')).toEqual([
      '请写明情形',
      '一票否决情形须附佐证材料',
    ]);
  });
});
