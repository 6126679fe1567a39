import { describe, expect, it } from 'vitest';
import {
  addChild,
  canIndent,
  fromIndicators,
  indent,
  move,
  outdent,
  removeNode,
  rows,
  sumOf,
  toSaveIndicators,
  totalOf,
  validateTree,
  type EditNode,
} from './indicatorTree';

const node = (name: string, maxScore?: number, children: EditNode[] = []): EditNode => ({
  key: name,
  name,
  maxScore,
  evidenceRequired: [],
  children,
});

const codes = (tree: EditNode[]) => rows(tree).map((r) => `${r.code} ${r.node.name}`);

describe('indicator tree editing', () => {
  const tree = [node('A', undefined, [node('A1', 10), node('A2', 20)]), node('B', 30)];

  it('numbers by position like the server', () => {
    expect(codes(tree)).toEqual(['1 A', '1.1 A1', '1.2 A2', '2 B']);
  });

  it('moves within the siblings and renumbers', () => {
    expect(codes(move(tree, [0, 1], -1))).toEqual(['1 A', '1.1 A2', '1.2 A1', '2 B']);
    expect(codes(move(tree, [1], -1))).toEqual(['1 B', '2 A', '2.1 A1', '2.2 A2']);
    // the first cannot go further up
    expect(codes(move(tree, [0], -1))).toEqual(codes(tree));
  });

  it('indents under the previous sibling and outdents after the parent', () => {
    const indented = indent(tree, [1]);
    expect(codes(indented)).toEqual(['1 A', '1.1 A1', '1.2 A2', '1.3 B']);
    expect(canIndent(tree, [0])).toBe(false);
    const outdented = outdent(tree, [0, 0]);
    expect(codes(outdented)).toEqual(['1 A', '1.1 A2', '2 A1', '3 B']);
  });

  it('keeps at most three levels', () => {
    const deep = [node('A', undefined, [node('A1', undefined, [node('A1a', 5)])]), node('B', 1)];
    expect(addChild(deep, [0, 0, 0])).toEqual(deep);
    // B would land at level 2 with nothing below: fine; a two-level subtree under A1 would not
    expect(canIndent(deep, [1])).toBe(true);
    const twoLevels = [
      node('A', undefined, [node('A1', 1)]),
      node('B', undefined, [node('B1', 1)]),
    ];
    expect(canIndent(twoLevels, [1])).toBe(true);
    const three = [
      node('A', undefined, [node('A1', 1)]),
      node('B', undefined, [node('B1', undefined, [node('B1a', 1)])]),
    ];
    expect(canIndent(three, [1])).toBe(false);
  });

  it('adds a child: a leaf turned parent gives up its own points for the sum', () => {
    const next = addChild(tree, [1]);
    expect(next[1].maxScore).toBeUndefined();
    expect(next[1].children).toHaveLength(1);
    expect(removeNode(next, [1, 0])[1].children).toHaveLength(0);
  });

  it('sums parents from their children', () => {
    expect(sumOf(tree[0])).toBe(30);
    expect(totalOf(tree)).toBe(60);
  });

  it('sends SCORED parents with their sum and THRESHOLD leaves with their comparison', () => {
    expect(toSaveIndicators(tree, 'SCORED')).toEqual([
      {
        name: 'A',
        description: undefined,
        evidenceRequired: [],
        maxScore: 30,
        children: [
          { name: 'A1', description: undefined, evidenceRequired: [], maxScore: 10, children: [] },
          { name: 'A2', description: undefined, evidenceRequired: [], maxScore: 20, children: [] },
        ],
      },
      { name: 'B', description: undefined, evidenceRequired: [], maxScore: 30, children: [] },
    ]);
    const measured: EditNode = {
      ...node(' 场地 '),
      operator: 'GE',
      threshold: 2.3,
      unit: '㎡',
      precision: 1,
      evidenceRequired: [' 台账 ', ''],
    };
    expect(toSaveIndicators([measured, node('判定')], 'THRESHOLD')).toEqual([
      {
        name: '场地',
        description: undefined,
        evidenceRequired: ['台账'],
        operator: 'GE',
        threshold: 2.3,
        unit: '㎡',
        precision: 1,
        children: [],
      },
      { name: '判定', description: undefined, evidenceRequired: [], children: [] },
    ]);
  });

  it('flags nameless nodes, SCORED leaves without points and thresholds without a value', () => {
    const bad = [node('', 5), node('x'), { ...node('y'), operator: 'GE' as const }];
    const scoredProblems = validateTree(bad, 'SCORED');
    expect(Object.values(scoredProblems)).toEqual(['name', 'maxScore', 'maxScore']);
    const thresholdProblems = validateTree(bad, 'THRESHOLD');
    expect(Object.values(thresholdProblems)).toEqual(['name', 'threshold']);
  });

  it('reads an exported tree back', () => {
    const back = fromIndicators([
      { code: '1', name: 'A', maxScore: 5, evidenceRequired: ['e'], children: [] },
    ]);
    expect(back[0]).toMatchObject({ name: 'A', maxScore: 5, evidenceRequired: ['e'] });
  });
});
