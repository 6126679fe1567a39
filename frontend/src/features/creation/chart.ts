import type { CreationProgramme } from '../../api/types';

/**
 * The bars of the county chart: one category per programme, split by verdict for the legend; a
 * programme with nothing filed keeps its category with no bar.
 */
export type CountyChartModel = {
  categories: string[];
  /** passing-school ratio in per cent, where the verdict is PASS (else null) */
  pass: (number | null)[];
  fail: (number | null)[];
  /** the programme id behind each category, for clicks */
  ids: number[];
};

/**
 * Counties in the order given (the list's order), labelled by county, plus the kind when the list
 * mixes both kinds. Ratios become per cent with one decimal.
 */
export function countyChartModel(
  programmes: readonly Pick<CreationProgramme, 'id' | 'countyOrgName' | 'kind' | 'latest'>[],
  kindLabel: (kind: CreationProgramme['kind']) => string,
): CountyChartModel {
  const mixed = new Set(programmes.map((p) => p.kind)).size > 1;
  const model: CountyChartModel = { categories: [], pass: [], fail: [], ids: [] };
  for (const p of programmes) {
    model.categories.push(mixed ? `${p.countyOrgName}\n${kindLabel(p.kind)}` : p.countyOrgName);
    model.ids.push(p.id);
    const ratio = p.latest ? Math.round(p.latest.passingSchoolRatio * 1000) / 10 : null;
    model.pass.push(p.latest?.verdict === 'PASS' ? ratio : null);
    model.fail.push(p.latest?.verdict === 'FAIL' ? ratio : null);
  }
  return model;
}
