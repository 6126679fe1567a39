import type { Indicator, IndicatorKind, SaveIndicator, ThresholdOperator } from '../../api/types';

export const MAX_DEPTH = 3;
/** The most points one indicator may carry (the server's limit). */
export const MAX_SCORE = 10000;

/** One indicator as the editor holds it: a stable key for React and no generated code. */
export type EditNode = {
  key: string;
  name: string;
  description?: string;
  maxScore?: number | null;
  operator?: ThresholdOperator | null;
  threshold?: number | null;
  unit?: string;
  precision?: number | null;
  evidenceRequired: string[];
  children: EditNode[];
};

let counter = 0;
export function newKey(): string {
  counter += 1;
  return `n${counter}`;
}

export function emptyNode(): EditNode {
  return { key: newKey(), name: '', evidenceRequired: [], children: [] };
}

export function fromIndicators(
  nodes: readonly (Indicator | SaveIndicator)[] | undefined,
): EditNode[] {
  return (nodes ?? []).map((n) => ({
    key: newKey(),
    name: n.name,
    description: n.description,
    maxScore: n.maxScore,
    operator: n.operator,
    threshold: n.threshold,
    unit: n.unit,
    precision: n.precision,
    evidenceRequired: [...(n.evidenceRequired ?? [])],
    children: fromIndicators(n.children),
  }));
}

/** The tree as the API takes it: codes left out (the server numbers by order), kind-specific fields only. */
export function toSaveIndicators(nodes: readonly EditNode[], kind: IndicatorKind): SaveIndicator[] {
  return nodes.map((n) => {
    const leaf = n.children.length === 0;
    const out: SaveIndicator = {
      name: n.name.trim(),
      description: n.description?.trim() || undefined,
      evidenceRequired: n.evidenceRequired.map((e) => e.trim()).filter(Boolean),
      children: toSaveIndicators(n.children, kind),
    };
    if (kind === 'SCORED') {
      // parents carry their sum so that the server can check it; leaves their own points
      out.maxScore = leaf ? (n.maxScore ?? undefined) : sumOf(n);
    } else if (leaf && n.operator) {
      out.operator = n.operator;
      out.threshold = n.threshold ?? undefined;
      out.unit = n.unit?.trim() || undefined;
      out.precision = n.precision ?? undefined;
    }
    return out;
  });
}

/** A parent's points are its children's sum; a leaf's its own. */
export function sumOf(node: EditNode): number {
  if (node.children.length === 0) return node.maxScore ?? 0;
  return Math.round(node.children.reduce((s, c) => s + sumOf(c), 0) * 100) / 100;
}

export function totalOf(nodes: readonly EditNode[]): number {
  return Math.round(nodes.reduce((s, n) => s + sumOf(n), 0) * 100) / 100;
}

/** Codes as the server generates them: 1, 1.1, 1.1.1 by position. */
export type Row = {
  node: EditNode;
  code: string;
  depth: number;
  path: number[];
  /** How many siblings (itself included) the node has. */
  siblings: number;
};

export function rows(nodes: readonly EditNode[], prefix = '', path: number[] = []): Row[] {
  return nodes.flatMap((node, i) => {
    const code = prefix ? `${prefix}.${i + 1}` : `${i + 1}`;
    const p = [...path, i];
    return [
      { node, code, depth: p.length, path: p, siblings: nodes.length },
      ...rows(node.children, code, p),
    ];
  });
}

function depthBelow(node: EditNode): number {
  return node.children.length === 0 ? 1 : 1 + Math.max(...node.children.map(depthBelow));
}

/** Immutable edits by path (indexes from the root). Each returns the tree unchanged when not possible. */
function siblingsAt(tree: EditNode[], parentPath: number[]): EditNode[] {
  let list = tree;
  for (const i of parentPath) list = list[i].children;
  return list;
}

function clone(tree: readonly EditNode[]): EditNode[] {
  return tree.map((n) => ({ ...n, children: clone(n.children) }));
}

export function updateNode(tree: readonly EditNode[], path: number[], patch: Partial<EditNode>) {
  const next = clone(tree);
  const list = siblingsAt(next, path.slice(0, -1));
  const i = path[path.length - 1];
  list[i] = { ...list[i], ...patch };
  return next;
}

export function addChild(tree: readonly EditNode[], path: number[] | null): EditNode[] {
  const next = clone(tree);
  if (path === null) return [...next, emptyNode()];
  if (path.length >= MAX_DEPTH) return next;
  const list = siblingsAt(next, path.slice(0, -1));
  const parent = list[path[path.length - 1]];
  // a leaf that becomes a parent hands its points over to the sum of its children
  list[path[path.length - 1]] = {
    ...parent,
    maxScore: parent.children.length === 0 ? undefined : parent.maxScore,
    children: [...parent.children, emptyNode()],
  };
  return next;
}

export function removeNode(tree: readonly EditNode[], path: number[]): EditNode[] {
  const next = clone(tree);
  siblingsAt(next, path.slice(0, -1)).splice(path[path.length - 1], 1);
  return next;
}

export function move(tree: readonly EditNode[], path: number[], delta: -1 | 1): EditNode[] {
  const next = clone(tree);
  const list = siblingsAt(next, path.slice(0, -1));
  const i = path[path.length - 1];
  const j = i + delta;
  if (j < 0 || j >= list.length) return next;
  [list[i], list[j]] = [list[j], list[i]];
  return next;
}

export function canIndent(tree: readonly EditNode[], path: number[]): boolean {
  const i = path[path.length - 1];
  if (i === 0) return false;
  const node = siblingsAt(tree as EditNode[], path.slice(0, -1))[i];
  return path.length + depthBelow(node) <= MAX_DEPTH;
}

/** Makes the node the last child of its previous sibling. */
export function indent(tree: readonly EditNode[], path: number[]): EditNode[] {
  if (!canIndent(tree, path)) return clone(tree);
  const next = clone(tree);
  const list = siblingsAt(next, path.slice(0, -1));
  const i = path[path.length - 1];
  const [node] = list.splice(i, 1);
  const prev = list[i - 1];
  list[i - 1] = {
    ...prev,
    maxScore: prev.children.length === 0 ? undefined : prev.maxScore,
    children: [...prev.children, node],
  };
  return next;
}

export function canOutdent(path: number[]): boolean {
  return path.length > 1;
}

/** Moves the node up a level, right after its parent. */
export function outdent(tree: readonly EditNode[], path: number[]): EditNode[] {
  if (!canOutdent(path)) return clone(tree);
  const next = clone(tree);
  const parentPath = path.slice(0, -1);
  const siblings = siblingsAt(next, parentPath);
  const [node] = siblings.splice(path[path.length - 1], 1);
  const grand = siblingsAt(next, parentPath.slice(0, -1));
  grand.splice(parentPath[parentPath.length - 1] + 1, 0, node);
  return next;
}

/** Problems the server would refuse, keyed by the node's key, so the editor can mark them early. */
export function validateTree(nodes: readonly EditNode[], kind: IndicatorKind) {
  const problems: Record<string, 'name' | 'maxScore' | 'threshold'> = {};
  for (const { node } of rows(nodes)) {
    const leaf = node.children.length === 0;
    if (!node.name.trim()) problems[node.key] = 'name';
    else if (
      kind === 'SCORED' &&
      leaf &&
      !(
        node.maxScore !== undefined &&
        node.maxScore !== null &&
        node.maxScore > 0 &&
        node.maxScore <= MAX_SCORE
      )
    )
      problems[node.key] = 'maxScore';
    else if (
      kind === 'THRESHOLD' &&
      leaf &&
      node.operator &&
      (node.threshold === undefined || node.threshold === null)
    )
      problems[node.key] = 'threshold';
  }
  return problems;
}
