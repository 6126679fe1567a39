import { useMemo, useState, type ReactNode } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Flex,
  Input,
  InputNumber,
  List,
  Popconfirm,
  Radio,
  Row,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type {
  Attachment,
  CreationCountyReturn,
  CreationProgramme,
  SaveCreationCountyReturnBody,
} from '../../../api/types';
import { describeError } from '../../../lib/api/errors';
import { ApiError } from '../../../lib/api/problem';
import { enumLabel } from '../../../lib/enums';
import { useFormat } from '../../../lib/format';
import { useUnsavedChanges } from '../../../lib/useUnsavedChanges';
import { AttachmentList } from '../../attachments/components/AttachmentList';
import { AttachmentUpload } from '../../attachments/components/AttachmentUpload';
import { useCountyReturn, useSaveCountyReturn } from '../api/creation';
import {
  LEVELS,
  countyErrorKey,
  newSubject,
  placeCountyErrors,
  toCountyBody,
  toDraft,
  type CountyDraft,
  type EvidenceDraft,
  type MonitoringDraft,
} from '../county';
import { PartVerdicts } from './CountyParts';
import { VerdictTag } from './CreationTags';

/**
 * The county's own data for the year (优质均衡 and 普及普惠) — the numbers its figures are computed from, the
 * quality-monitoring results (entered by hand until the monitoring feature supplies them), the
 * assessor's judgements and the one-vote vetoes, each with evidence.
 */
export function CountyDataPanel({
  programme,
  year,
}: {
  programme: CreationProgramme;
  year: number;
}) {
  const { t } = useTranslation();
  const data = useCountyReturn(programme.id, year);
  if (data.isPending) return <Skeleton active />;
  if (data.isError) return <Alert type="error" showIcon title={describeError(t, data.error)} />;
  return (
    <CountyForm
      // a new version starts the form afresh
      key={`${data.data.version ?? 'new'}-${data.dataUpdatedAt}`}
      programme={programme}
      year={year}
      saved={data.data}
    />
  );
}

function CountyForm({
  programme,
  year,
  saved,
}: {
  programme: CreationProgramme;
  year: number;
  saved: CreationCountyReturn;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { dateTime } = useFormat();
  const editable = programme.editable;
  const save = useSaveCountyReturn();
  const [draft, setDraft] = useState<CountyDraft>(() => toDraft(saved));
  const [dirty, setDirty] = useState(false);
  useUnsavedChanges(dirty);
  const [busy, setBusy] = useState<Record<string, boolean>>({});
  const uploading = Object.values(busy).some(Boolean);
  const markBusy = (key: string) => (b: boolean) =>
    setBusy((m) => (m[key] === b ? m : { ...m, [key]: b }));
  const [sent, setSent] = useState<SaveCreationCountyReturnBody | null>(null);
  const [errors, setErrors] = useState<{ field: string; message: string }[]>([]);
  const placed = useMemo(
    () => (sent ? placeCountyErrors(errors, sent) : new Map<string, string[]>()),
    [errors, sent],
  );
  const files = useMemo(() => new Map(saved.evidence.map((a) => [a.id, a])), [saved.evidence]);
  const form = saved.form;

  const change = (next: (d: CountyDraft) => CountyDraft) => {
    setDraft(next);
    setDirty(true);
  };

  const onSave = () => {
    const body = toCountyBody(draft, saved.version);
    setSent(body);
    save.mutate(
      { id: programme.id, year, body },
      {
        onSuccess: (r) => {
          setErrors([]);
          void message.success(
            r.summary
              ? t('creation.countySaved', { verdict: enumLabel(t, 'verdict', r.summary.verdict) })
              : t('creation.countyNotAssessed'),
          );
        },
        onError: (e) => {
          if (e instanceof ApiError && e.fieldErrors.length > 0) setErrors(e.fieldErrors);
          void message.error(describeError(t, e));
        },
      },
    );
  };

  const problems = (key: string) => placed.get(key) ?? [];
  /** What a person calls the place of an error: the number's label, the item, the veto. */
  const labelOf = (field: string) => {
    const [kind, id = ''] = (sent ? countyErrorKey(field, sent) : 'general').split(':');
    if (kind === 'input') return form.inputs.find((f) => f.key === id)?.label ?? id;
    if (kind === 'monitoring') return t('creation.monitoringRow', { row: Number(id) + 1 });
    if (kind === 'judgement') {
      const item = form.judgedItems.find((x) => x.code === id);
      return item ? `${item.partName}${t('creation.itemNumber', { number: item.number })}` : id;
    }
    if (kind === 'veto') return form.vetoes.find((v) => v.code === id)?.name ?? id;
    return field;
  };
  const errorList = (key: string) =>
    problems(key).map((m) => (
      <div key={m} className="creation-cell-message" role="alert">
        {m}
      </div>
    ));

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="county-form">
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Space wrap>
          <Typography.Text strong>{t('creation.countyTitle', { year })}</Typography.Text>
          {saved.summary && <VerdictTag verdict={saved.summary.verdict} />}
          {saved.updatedAt && (
            <Typography.Text type="secondary">{dateTime(saved.updatedAt)}</Typography.Text>
          )}
          {dirty && <Tag color="warning">{t('creation.unsaved')}</Tag>}
        </Space>
        {editable && (
          <Space wrap>
            {dirty && (
              <Popconfirm
                title={t('creation.discard')}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={() => {
                  setDraft(toDraft(saved));
                  setErrors([]);
                  setDirty(false);
                }}
              >
                <Button>{t('creation.discard')}</Button>
              </Popconfirm>
            )}
            <Button
              type="primary"
              icon={<SaveOutlined />}
              loading={save.isPending}
              disabled={uploading}
              onClick={onSave}
              data-action="save-county"
            >
              {t('creation.saveCounty')}
            </Button>
          </Space>
        )}
      </Flex>
      {saved.summary?.parts && <PartVerdicts parts={saved.summary.parts} />}
      <Alert type="info" showIcon title={t('creation.countyIntro')} />
      {errors.length > 0 && (
        <Alert
          type="error"
          showIcon
          data-testid="county-errors"
          title={t('creation.dataErrorsTitle', { count: errors.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {errors.map((e, i) => (
                <li key={`${e.field}-${i}`}>
                  {labelOf(e.field)}：{e.message}
                </li>
              ))}
            </ul>
          }
        />
      )}

      <Card size="small" title={t('creation.countyInputs')}>
        <Row gutter={[16, 12]}>
          {form.inputs.map((f) => (
            <Col key={f.key} xs={24} md={12} xl={8}>
              <Typography.Text>
                {f.label}
                <Typography.Text type="secondary">（{f.unit}）</Typography.Text>
              </Typography.Text>
              <InputNumber<number>
                style={{ width: '100%' }}
                value={draft.inputs[f.key] ?? null}
                disabled={!editable}
                status={problems(`input:${f.key}`).length ? 'error' : undefined}
                aria-label={f.label}
                data-input={f.key}
                onChange={(v) => change((d) => ({ ...d, inputs: { ...d.inputs, [f.key]: v } }))}
              />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('creation.usedBy', { items: f.usedBy.join('、') })}
              </Typography.Text>
              {errorList(`input:${f.key}`)}
            </Col>
          ))}
        </Row>
      </Card>

      {form.monitoring && (
        <MonitoringCard
          rows={draft.monitoring}
          editable={editable}
          problems={problems}
          onChange={(monitoring) => change((d) => ({ ...d, monitoring }))}
        />
      )}

      <Card size="small" title={t('creation.judgementsTitle')}>
        <List
          dataSource={form.judgedItems}
          renderItem={(item) => {
            const j = draft.judgements[item.code];
            const set = (patch: Partial<typeof j>) =>
              change((d) => ({
                ...d,
                judgements: {
                  ...d.judgements,
                  [item.code]: { ...d.judgements[item.code], ...patch },
                },
              }));
            return (
              <List.Item data-judgement={item.code}>
                <Space orientation="vertical" size={6} style={{ width: '100%' }}>
                  <Typography.Text strong>
                    {item.partName} {t('creation.itemNumber', { number: item.number })}：{item.name}
                  </Typography.Text>
                  <Typography.Text type="secondary">{item.judges}</Typography.Text>
                  <Radio.Group
                    value={j.met === undefined ? 'none' : j.met ? 'met' : 'notMet'}
                    disabled={!editable}
                    onChange={(e) =>
                      set({ met: e.target.value === 'none' ? undefined : e.target.value === 'met' })
                    }
                    options={[
                      { value: 'met', label: t('creation.judgementMet') },
                      { value: 'notMet', label: t('creation.judgementNotMet') },
                      { value: 'none', label: t('creation.judgementNone') },
                    ]}
                  />
                  {j.met !== undefined && (
                    <>
                      <Input.TextArea
                        rows={2}
                        maxLength={2000}
                        value={j.basis}
                        disabled={!editable}
                        placeholder={t('creation.basisPlaceholder')}
                        aria-label={`${item.name} ${t('creation.judgedBasis')}`}
                        onChange={(e) => set({ basis: e.target.value })}
                      />
                      <EvidenceField
                        value={j}
                        files={files}
                        editable={editable}
                        hint={j.met ? t('creation.evidenceRequired') : undefined}
                        onChange={(e) => set(e)}
                        onBusy={markBusy(`judgement:${item.code}`)}
                      />
                    </>
                  )}
                  {errorList(`judgement:${item.code}`)}
                </Space>
              </List.Item>
            );
          }}
        />
      </Card>

      <Card size="small" title={t('creation.vetoesTitle')}>
        <List
          dataSource={form.vetoes}
          renderItem={(veto) => {
            const v = draft.vetoes[veto.code];
            const set = (patch: Partial<typeof v>) =>
              change((d) => ({
                ...d,
                vetoes: { ...d.vetoes, [veto.code]: { ...d.vetoes[veto.code], ...patch } },
              }));
            return (
              <List.Item data-veto={veto.code}>
                <Space orientation="vertical" size={6} style={{ width: '100%' }}>
                  <Checkbox
                    checked={v.found}
                    disabled={!editable}
                    onChange={(e) => set({ found: e.target.checked })}
                  >
                    {veto.name}
                    <Typography.Text type="secondary">
                      （{t('creation.vetoFoundLabel')}）
                    </Typography.Text>
                  </Checkbox>
                  {v.found && (
                    <>
                      <Input.TextArea
                        rows={2}
                        maxLength={2000}
                        value={v.description}
                        disabled={!editable}
                        placeholder={t('creation.vetoDescription')}
                        aria-label={`${veto.name} ${t('creation.vetoDescription')}`}
                        onChange={(e) => set({ description: e.target.value })}
                      />
                      <EvidenceField
                        value={v}
                        files={files}
                        editable={editable}
                        hint={t('creation.vetoEvidenceRequired')}
                        onChange={(e) => set(e)}
                        onBusy={markBusy(`veto:${veto.code}`)}
                      />
                    </>
                  )}
                  {errorList(`veto:${veto.code}`)}
                </Space>
              </List.Item>
            );
          }}
        />
      </Card>
      {errorList('general')}
    </Space>
  );
}

/** The evidence of a judgement or veto: files kept (removable) and new uploads. */
function EvidenceField({
  value,
  files,
  editable,
  hint,
  onChange,
  onBusy,
}: {
  value: EvidenceDraft;
  files: Map<number, Attachment>;
  editable: boolean;
  hint?: string;
  onChange: (next: EvidenceDraft) => void;
  onBusy: (busy: boolean) => void;
}) {
  const { t } = useTranslation();
  const kept = value.kept.flatMap((id) => (files.has(id) ? [files.get(id)!] : []));
  let body: ReactNode;
  if (!editable) body = <AttachmentList attachments={kept} />;
  else
    body = (
      <Space orientation="vertical" size={4}>
        {kept.map((a) => (
          <Tag
            key={a.id}
            closable
            onClose={() => onChange({ ...value, kept: value.kept.filter((id) => id !== a.id) })}
          >
            {a.fileName}
          </Tag>
        ))}
        <AttachmentUpload
          label={t('creation.uploadEvidence')}
          onChange={(ids) => onChange({ ...value, uploaded: ids })}
          onBusyChange={onBusy}
        />
      </Space>
    );
  return (
    <Space align="start" wrap>
      <Typography.Text type="secondary">
        {t('creation.evidence')}
        {hint ? `（${hint}）` : ''}：
      </Typography.Text>
      {body}
    </Space>
  );
}

function MonitoringCard({
  rows,
  editable,
  problems,
  onChange,
}: {
  rows: MonitoringDraft[];
  editable: boolean;
  problems: (key: string) => string[];
  onChange: (rows: MonitoringDraft[]) => void;
}) {
  const { t } = useTranslation();
  const set = (key: string, patch: Partial<MonitoringDraft>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <Card
      size="small"
      title={t('creation.monitoringTitle')}
      extra={
        editable && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => onChange([...rows, newSubject()])}
          >
            {t('creation.addSubject')}
          </Button>
        )
      }
    >
      <Table<MonitoringDraft>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        data-testid="monitoring-table"
        locale={{ emptyText: t('creation.monitoringEmpty') }}
        columns={[
          {
            title: t('creation.monitoringSubject'),
            key: 'subject',
            render: (_, r, i) => (
              <>
                <Input
                  size="small"
                  value={r.subject}
                  disabled={!editable}
                  aria-label={t('creation.monitoringSubject')}
                  onChange={(e) => set(r.key, { subject: e.target.value })}
                />
                {problems(`monitoring:${i}`).map((m) => (
                  <div key={m} className="creation-cell-message" role="alert">
                    {m}
                  </div>
                ))}
              </>
            ),
          },
          {
            title: t('creation.monitoringLevel'),
            key: 'level',
            width: 120,
            render: (_, r) => (
              <Select<number>
                size="small"
                style={{ width: '100%' }}
                value={r.level ?? undefined}
                disabled={!editable}
                aria-label={t('creation.monitoringLevel')}
                onChange={(level) => set(r.key, { level })}
                options={LEVELS.map((l) => ({ value: l.value, label: `${l.label} 级` }))}
              />
            ),
          },
          {
            title: t('creation.monitoringDifference'),
            key: 'difference',
            width: 160,
            render: (_, r) => (
              <InputNumber<number>
                size="small"
                min={0}
                max={1}
                step={0.01}
                style={{ width: '100%' }}
                value={r.differenceRate ?? null}
                disabled={!editable}
                aria-label={t('creation.monitoringDifference')}
                onChange={(v) => set(r.key, { differenceRate: v })}
              />
            ),
          },
          ...(editable
            ? [
                {
                  title: '',
                  key: 'remove',
                  width: 50,
                  render: (_: unknown, r: MonitoringDraft) => (
                    <Button
                      type="text"
                      danger
                      size="small"
                      icon={<DeleteOutlined />}
                      aria-label={t('common.remove')}
                      onClick={() => onChange(rows.filter((x) => x.key !== r.key))}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
