import type { CreationAssessment, CreationPartVerdict, CreationVerdict } from '../../api/types';

/** The components of an assessment's county verdict, as the stored summary lists them. */
export function partVerdicts(a: CreationAssessment): CreationPartVerdict[] {
  if (a.parts.length === 0) return [];
  const out: CreationPartVerdict[] = a.parts.map((p) => ({
    code: p.code,
    name: p.name,
    verdict: p.verdict,
  }));
  if (a.vetoes.length > 0)
    out.push({
      code: 'VETOES',
      name: '一票否决',
      verdict: a.vetoes.some((v) => v.recorded) ? 'FAIL' : 'PASS',
    });
  if (a.precondition)
    out.push({
      code: 'PRECONDITION',
      name: '基本条件',
      verdict: a.precondition.status === 'MET' ? 'PASS' : 'FAIL',
    });
  return out;
}

/** A component's verdict before and after a what-if. */
export type PartChange = {
  code: string;
  name: string;
  before?: CreationVerdict;
  after: CreationVerdict;
};

export function partChanges(
  before: readonly CreationPartVerdict[] | undefined,
  after: readonly CreationPartVerdict[],
): PartChange[] {
  const saved = new Map((before ?? []).map((p) => [p.code, p.verdict]));
  return after.map((p) => ({
    code: p.code,
    name: p.name,
    before: saved.get(p.code),
    after: p.verdict,
  }));
}
