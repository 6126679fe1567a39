import type { CreationCountyReturn, SaveCreationCountyReturnBody } from '../../api/types';
import type { FieldError } from '../../lib/api/problem';

/** A monitoring subject being edited (level 1–4 for Ⅰ–Ⅳ). */
export type MonitoringDraft = {
  key: string;
  subject: string;
  level?: number | null;
  differenceRate?: number | null;
};

/** Evidence already linked (kept unless removed) and files uploaded in this edit. */
export type EvidenceDraft = { kept: number[]; uploaded: number[] };

export type JudgementDraft = EvidenceDraft & { met?: boolean; basis: string };

export type VetoDraft = EvidenceDraft & { found: boolean; description: string };

/** The county form as a person edits it. */
export type CountyDraft = {
  inputs: Record<string, number | null>;
  monitoring: MonitoringDraft[];
  judgements: Record<string, JudgementDraft>;
  vetoes: Record<string, VetoDraft>;
};

let nextKey = 0;

export function newSubject(): MonitoringDraft {
  return { key: `subject-${nextKey++}`, subject: '' };
}

/** The saved data (or an empty year) as a draft, with an entry for every judged item and veto of the form. */
export function toDraft(r: CreationCountyReturn): CountyDraft {
  const judgements: Record<string, JudgementDraft> = {};
  for (const item of r.form.judgedItems) {
    const j = r.data.judgements.find((x) => x.itemCode === item.code);
    judgements[item.code] = {
      met: j?.met,
      basis: j?.basis ?? '',
      kept: [...(j?.attachmentIds ?? [])],
      uploaded: [],
    };
  }
  const vetoes: Record<string, VetoDraft> = {};
  for (const veto of r.form.vetoes) {
    const v = r.data.vetoes.find((x) => x.code === veto.code);
    vetoes[veto.code] = {
      found: !!v,
      description: v?.description ?? '',
      kept: [...(v?.attachmentIds ?? [])],
      uploaded: [],
    };
  }
  return {
    inputs: { ...r.data.inputs },
    monitoring: r.data.monitoring.map((m) => ({ ...m, key: `subject-${nextKey++}` })),
    judgements,
    vetoes,
  };
}

const evidenceOf = (e: EvidenceDraft) => [...new Set([...e.kept, ...e.uploaded])];

/**
 * The draft as the API wants it: numbers that are filled, subjects with any content, the items judged
 * (met or not met), the vetoes found. The server checks everything again and has the last word.
 */
export function toCountyBody(
  d: CountyDraft,
  version: number | undefined,
): SaveCreationCountyReturnBody {
  const inputs: Record<string, number> = {};
  for (const [k, v] of Object.entries(d.inputs)) if (typeof v === 'number') inputs[k] = v;
  return {
    inputs,
    monitoring: d.monitoring
      .filter((m) => m.subject.trim() !== '' || m.level != null || m.differenceRate != null)
      .map((m) => ({
        subject: m.subject.trim(),
        level: m.level as number,
        differenceRate: m.differenceRate as number,
      })),
    judgements: Object.entries(d.judgements)
      .filter(([, j]) => j.met !== undefined)
      .map(([itemCode, j]) => ({
        itemCode,
        met: j.met as boolean,
        basis: j.basis.trim(),
        attachmentIds: evidenceOf(j),
      })),
    vetoes: Object.entries(d.vetoes)
      .filter(([, v]) => v.found)
      .map(([code, v]) => ({
        code,
        description: v.description.trim(),
        attachmentIds: evidenceOf(v),
      })),
    version,
  };
}

/**
 * Where a server error belongs on the form: `input:<key>`, `monitoring:<row>`, `judgement:<item>`,
 * `veto:<code>` — the body's arrays are mapped back to the item or veto they were built from — or
 * `general`.
 */
export function countyErrorKey(field: string, body: SaveCreationCountyReturnBody): string {
  const input = /^inputs\.(\w+)$/.exec(field);
  if (input) return `input:${input[1]}`;
  const row = /^monitoring\[(\d+)]/.exec(field);
  if (row) return `monitoring:${row[1]}`;
  const judgement = /^judgements\[(\d+)]/.exec(field);
  const j = judgement ? body.judgements?.[Number(judgement[1])] : undefined;
  if (j) return `judgement:${j.itemCode}`;
  const veto = /^vetoes\[(\d+)]/.exec(field);
  const v = veto ? body.vetoes?.[Number(veto[1])] : undefined;
  if (v) return `veto:${v.code}`;
  return 'general';
}

export function placeCountyErrors(
  errors: readonly FieldError[],
  body: SaveCreationCountyReturnBody,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of errors) {
    const key = countyErrorKey(e.field, body);
    out.set(key, [...(out.get(key) ?? []), e.message]);
  }
  return out;
}

/** Ⅰ … Ⅳ for the monitoring levels 1 … 4. */
export const LEVELS = [
  { value: 1, label: 'Ⅰ' },
  { value: 2, label: 'Ⅱ' },
  { value: 3, label: 'Ⅲ' },
  { value: 4, label: 'Ⅳ' },
] as const;
