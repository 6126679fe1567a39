import { Button, Flex, Input, InputNumber, Select, Tooltip, Typography } from 'antd';
import {
  ArrowDownOutlined,
  ArrowLeftOutlined,
  ArrowRightOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  PlusOutlined,
  SubnodeOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { IndicatorKind, ThresholdOperator } from '../../../api/types';
import { THRESHOLD_OPERATORS, enumLabel } from '../../../lib/enums';
import {
  MAX_DEPTH,
  MAX_SCORE,
  addChild,
  canIndent,
  canOutdent,
  indent,
  move,
  outdent,
  removeNode,
  rows,
  sumOf,
  totalOf,
  updateNode,
  type EditNode,
} from '../indicatorTree';

/**
 * The indicator tree as editable rows: codes follow the order (as the server numbers them),
 * parents of a SCORED system show the sum of their children, THRESHOLD leaves take an operator,
 * threshold, unit and precision (no operator = a pass/fail judgement).
 */
export function IndicatorTreeEditor({
  kind,
  value,
  onChange,
  problems = {},
}: {
  kind: IndicatorKind;
  value: EditNode[];
  onChange: (next: EditNode[]) => void;
  problems?: Record<string, string>;
}) {
  const { t } = useTranslation();
  const all = rows(value);
  return (
    <div className="indicator-tree-editor" data-testid="indicator-tree-editor">
      {all.map(({ node, code, depth, path, siblings }) => {
        const leaf = node.children.length === 0;
        const index = path[path.length - 1];
        const problem = problems[node.key];
        const patch = (p: Partial<EditNode>) => onChange(updateNode(value, path, p));
        return (
          <Flex
            key={node.key}
            align="center"
            gap={8}
            wrap
            className="indicator-row"
            data-code={code}
            style={{ paddingLeft: (depth - 1) * 28 }}
          >
            <Typography.Text strong style={{ width: 48 }} className="indicator-code">
              {code}
            </Typography.Text>
            <Input
              value={node.name}
              placeholder={t('indicator.indicatorName')}
              aria-label={`${code} ${t('indicator.indicatorName')}`}
              status={problem === 'name' ? 'error' : undefined}
              maxLength={300}
              onChange={(e) => patch({ name: e.target.value })}
              style={{ width: 300 - (depth - 1) * 28 }}
            />
            <Input
              value={node.description ?? ''}
              placeholder={t('indicator.indicatorDescription')}
              aria-label={`${code} ${t('indicator.indicatorDescription')}`}
              maxLength={2000}
              onChange={(e) => patch({ description: e.target.value })}
              style={{ width: 220 }}
            />
            {kind === 'SCORED' &&
              (leaf ? (
                <InputNumber
                  value={node.maxScore ?? null}
                  min={0}
                  max={MAX_SCORE}
                  precision={2}
                  placeholder={t('indicator.maxScore')}
                  aria-label={`${code} ${t('indicator.maxScore')}`}
                  status={problem === 'maxScore' ? 'error' : undefined}
                  onChange={(v) => patch({ maxScore: v })}
                  style={{ width: 100 }}
                />
              ) : (
                <Tooltip title={t('indicator.sumOfChildren')}>
                  <Typography.Text type="secondary" data-testid="parent-sum" style={{ width: 100 }}>
                    Σ {sumOf(node)}
                  </Typography.Text>
                </Tooltip>
              ))}
            {kind === 'THRESHOLD' && leaf && (
              <>
                <Select<ThresholdOperator>
                  allowClear
                  value={node.operator ?? undefined}
                  placeholder={t('indicator.judgement')}
                  aria-label={`${code} ${t('indicator.operator')}`}
                  style={{ width: 100 }}
                  options={THRESHOLD_OPERATORS.map((o) => ({
                    value: o,
                    label: enumLabel(t, 'operator', o),
                  }))}
                  onChange={(o) =>
                    patch(
                      o
                        ? { operator: o }
                        : {
                            operator: undefined,
                            threshold: undefined,
                            unit: undefined,
                            precision: undefined,
                          },
                    )
                  }
                />
                {node.operator && (
                  <>
                    <InputNumber
                      value={node.threshold ?? null}
                      placeholder={t('indicator.threshold')}
                      aria-label={`${code} ${t('indicator.threshold')}`}
                      status={problem === 'threshold' ? 'error' : undefined}
                      onChange={(v) => patch({ threshold: v })}
                      style={{ width: 100 }}
                    />
                    <Input
                      value={node.unit ?? ''}
                      placeholder={t('indicator.unit')}
                      aria-label={`${code} ${t('indicator.unit')}`}
                      maxLength={20}
                      onChange={(e) => patch({ unit: e.target.value })}
                      style={{ width: 70 }}
                    />
                    <InputNumber
                      value={node.precision ?? null}
                      min={0}
                      max={6}
                      precision={0}
                      placeholder={t('indicator.precision')}
                      aria-label={`${code} ${t('indicator.precision')}`}
                      onChange={(v) => patch({ precision: v })}
                      style={{ width: 80 }}
                    />
                  </>
                )}
              </>
            )}
            <Select
              mode="tags"
              value={node.evidenceRequired}
              placeholder={t('indicator.evidence')}
              aria-label={`${code} ${t('indicator.evidence')}`}
              open={false}
              suffix={null}
              onChange={(v: string[]) => patch({ evidenceRequired: v })}
              style={{ minWidth: 180, flex: 1 }}
              maxTagTextLength={16}
            />
            <Flex gap={2}>
              <Tooltip title={t('common.moveUp')}>
                <Button
                  size="small"
                  icon={<ArrowUpOutlined />}
                  aria-label={`${code} ${t('common.moveUp')}`}
                  disabled={index === 0}
                  onClick={() => onChange(move(value, path, -1))}
                />
              </Tooltip>
              <Tooltip title={t('common.moveDown')}>
                <Button
                  size="small"
                  icon={<ArrowDownOutlined />}
                  aria-label={`${code} ${t('common.moveDown')}`}
                  disabled={index === siblings - 1}
                  onClick={() => onChange(move(value, path, 1))}
                />
              </Tooltip>
              <Tooltip title={t('indicator.outdent')}>
                <Button
                  size="small"
                  icon={<ArrowLeftOutlined />}
                  aria-label={`${code} ${t('indicator.outdent')}`}
                  disabled={!canOutdent(path)}
                  onClick={() => onChange(outdent(value, path))}
                />
              </Tooltip>
              <Tooltip title={t('indicator.indent')}>
                <Button
                  size="small"
                  icon={<ArrowRightOutlined />}
                  aria-label={`${code} ${t('indicator.indent')}`}
                  disabled={!canIndent(value, path)}
                  onClick={() => onChange(indent(value, path))}
                />
              </Tooltip>
              <Tooltip
                title={depth >= MAX_DEPTH ? t('indicator.maxDepth') : t('indicator.addChild')}
              >
                <Button
                  size="small"
                  icon={<SubnodeOutlined />}
                  aria-label={`${code} ${t('indicator.addChild')}`}
                  disabled={depth >= MAX_DEPTH}
                  onClick={() => onChange(addChild(value, path))}
                />
              </Tooltip>
              <Tooltip title={t('indicator.remove')}>
                <Button
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={`${code} ${t('indicator.remove')}`}
                  onClick={() => onChange(removeNode(value, path))}
                />
              </Tooltip>
            </Flex>
          </Flex>
        );
      })}
      <Flex justify="space-between" align="center" style={{ marginTop: 12 }}>
        <Button icon={<PlusOutlined />} onClick={() => onChange(addChild(value, null))}>
          {t('indicator.addTop')}
        </Button>
        {kind === 'SCORED' && (
          <Typography.Text strong data-testid="tree-total">
            {t('indicator.total', { total: totalOf(value) })}
          </Typography.Text>
        )}
      </Flex>
    </div>
  );
}
