import { useState } from 'react';
import { Button, Descriptions, Modal, Space, Table, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, FunctionOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreationExplain, CreationVerdict, CreationWorstIndicator } from '../../../api/types';
import { enumLabel } from '../../../lib/enums';
import { worstUnit } from '../assessment';
import { formatCv, formatNumber, formatQuantity } from '../format';

export const PASS_COLOR = '#389e0d';
export const FAIL_COLOR = '#cf1322';

export function VerdictTag({
  verdict,
  large = false,
}: {
  verdict: CreationVerdict | undefined;
  large?: boolean;
}) {
  const { t } = useTranslation();
  if (!verdict) return <Tag>{t('creation.notFiled')}</Tag>;
  const pass = verdict === 'PASS';
  return (
    <Tag
      color={pass ? 'success' : 'error'}
      icon={pass ? <CheckCircleFilled /> : <CloseCircleFilled />}
      data-verdict={verdict}
      style={large ? { fontSize: 16, padding: '4px 12px' } : undefined}
    >
      {enumLabel(t, 'verdict', verdict)}
    </Tag>
  );
}

/** A green or red mark with text, for a school or an indicator. */
export function PassMark({ passed, children }: { passed: boolean; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <span
      className={passed ? 'creation-pass' : 'creation-fail'}
      data-passed={passed}
      style={{ color: passed ? PASS_COLOR : FAIL_COLOR, whiteSpace: 'nowrap' }}
    >
      {passed ? <CheckCircleFilled /> : <CloseCircleFilled />}{' '}
      {children ?? (passed ? t('creation.passed') : t('creation.failed'))}
    </span>
  );
}

type Primitive = string | number | boolean | null | undefined;

function isPrimitive(v: unknown): v is Primitive {
  return v === null || v === undefined || ['string', 'number', 'boolean'].includes(typeof v);
}

function showPrimitive(v: Primitive, yes: string, no: string): string {
  if (typeof v === 'number') return formatNumber(v, { maxDecimals: 4 });
  if (typeof v === 'boolean') return v ? yes : no;
  if (v === null || v === undefined || v === '') return '—';
  return v;
}

/** An input that is a list of records (the schools of a CV) shows as a small table. */
function InputValue({ value }: { value: unknown }) {
  const { t } = useTranslation();
  const yes = t('common.yes');
  const no = t('common.no');
  if (isPrimitive(value)) return <>{showPrimitive(value, yes, no)}</>;
  if (Array.isArray(value)) {
    if (value.every(isPrimitive))
      return <>{value.map((v) => showPrimitive(v, yes, no)).join('、')}</>;
    const rows = value
      .filter((v): v is Record<string, unknown> => !!v && typeof v === 'object')
      .map((r, i) => ({ ...r, __row: i }));
    const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => k !== '__row');
    return (
      <Table<Record<string, unknown>>
        size="small"
        pagination={false}
        rowKey="__row"
        dataSource={rows}
        // an input named `children` (kindergarten counts) is a value, not nested rows
        expandable={{ childrenColumnName: '__noTreeData' }}
        columns={keys.map((k) => ({
          title: k,
          dataIndex: k,
          key: k,
          render: (v: unknown) => (isPrimitive(v) ? showPrimitive(v, yes, no) : JSON.stringify(v)),
        }))}
      />
    );
  }
  return <code>{JSON.stringify(value)}</code>;
}

/** The explain block: formula, every input, the arithmetic with the numbers, and the note. */
export function ExplainBlock({ explain }: { explain: CreationExplain }) {
  const { t } = useTranslation();
  const inputs = Object.entries(explain.inputs ?? {});
  return (
    <Descriptions column={1} size="small" bordered data-testid="explain-block">
      <Descriptions.Item label={t('creation.formula')}>
        <Typography.Text>{explain.formula}</Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('creation.inputs')}>
        {inputs.length === 0 ? (
          '—'
        ) : (
          <Descriptions column={1} size="small">
            {inputs.map(([name, value]) => (
              <Descriptions.Item key={name} label={<code>{name}</code>}>
                <InputValue value={value} />
              </Descriptions.Item>
            ))}
          </Descriptions>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('creation.computation')}>
        <Typography.Text code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
          {explain.computation}
        </Typography.Text>
      </Descriptions.Item>
      {explain.note && (
        <Descriptions.Item label={t('creation.note')}>{explain.note}</Descriptions.Item>
      )}
    </Descriptions>
  );
}

/** A small button opening the explain block in a dialog. */
export function ExplainButton({
  explain,
  name,
  label,
}: {
  explain: CreationExplain;
  name: string;
  label?: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        type="link"
        size="small"
        icon={<FunctionOutlined />}
        onClick={() => setOpen(true)}
        aria-label={t('creation.explainTitle', { name })}
        data-action="explain"
      >
        {label ?? t('creation.explain')}
      </Button>
      <Modal
        open={open}
        title={t('creation.explainTitle', { name })}
        onCancel={() => setOpen(false)}
        footer={null}
        width={820}
        destroyOnHidden
      >
        <ExplainBlock explain={explain} />
      </Modal>
    </>
  );
}

/** "CV 0.790 / ≤ 0.50" or "42.6% / ≥ 50%", with the stage and a green/red mark. */
export function WorstIndicator({ worst }: { worst: CreationWorstIndicator | undefined }) {
  const { t } = useTranslation();
  if (!worst) return <>—</>;
  const cv = worst.measure === 'CV';
  const value = cv ? formatCv(worst.value) : formatQuantity(worst.value, worstUnit(worst));
  const limit = cv
    ? `≤ ${formatNumber(worst.threshold, { precision: 2 })}`
    : formatQuantity(worst.threshold, worstUnit(worst));
  return (
    <Space orientation="vertical" size={0}>
      <Typography.Text>
        {enumLabel(t, 'creationStage', worst.stage)} · {worst.name}
      </Typography.Text>
      <PassMark passed={worst.passed}>
        {cv ? `${t('creation.cv')} ` : ''}
        {value}（{t('creation.threshold')} {limit}）
      </PassMark>
    </Space>
  );
}
