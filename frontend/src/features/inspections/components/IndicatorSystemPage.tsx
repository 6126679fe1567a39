import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Row,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import {
  CopyOutlined,
  DeleteOutlined,
  ExportOutlined,
  NotificationOutlined,
  PlusOutlined,
  SaveOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DetailLoadError } from '../../../components/DetailHeader';
import { DownloadButton } from '../../../components/DownloadButton';
import { useNavigate, useParams } from 'react-router';
import type {
  GradeBand,
  IndicatorKind,
  IndicatorSystem,
  IndicatorTargetType,
  SaveIndicatorSystemBody,
} from '../../../api/types';
import { useApiErrorHandler } from '../../../lib/api/errors';
import { INDICATOR_KINDS, INDICATOR_TARGET_TYPES, enumLabel } from '../../../lib/enums';
import { useFormat } from '../../../lib/format';
import { useUnsavedChanges } from '../../../lib/useUnsavedChanges';
import {
  exportIndicatorSystem,
  useCopyIndicatorSystem,
  useCreateIndicatorSystem,
  useIndicatorSystem,
  usePublishIndicatorSystem,
  useUpdateIndicatorSystem,
} from '../api/indicatorSystems';
import {
  emptyNode,
  fromIndicators,
  toSaveIndicators,
  totalOf,
  validateTree,
  type EditNode,
} from '../indicatorTree';
import { flattenIndicators } from '../scoring';
import { IndicatorTreeEditor } from './IndicatorTreeEditor';
import { SystemStatusTag } from './InspectionTags';

type Meta = {
  name: string;
  kind: IndicatorKind;
  targetType: IndicatorTargetType;
  description?: string;
  sourceNote?: string;
};

export function IndicatorSystemPage() {
  const { t } = useTranslation();
  const params = useParams();
  const id = params.id ? Number(params.id) : undefined;
  const system = useIndicatorSystem(id);
  if (id === undefined) return <SystemEditor key="new" />;
  if (system.isPending) return <Skeleton active />;
  if (system.isError)
    return (
      <DetailLoadError
        error={system.error}
        back="/indicator-systems"
        backLabel={t('nav.indicatorSystems')}
      />
    );
  return system.data.allowedActions.includes('edit') ? (
    <SystemEditor key={`${system.data.id}-${system.data.revision}`} system={system.data} />
  ) : (
    <SystemView system={system.data} />
  );
}

function HeaderActions({ system, dirty }: { system: IndicatorSystem; dirty?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const onError = useApiErrorHandler();
  const publish = usePublishIndicatorSystem();
  const copy = useCopyIndicatorSystem();
  const allowed = new Set(system.allowedActions);
  return (
    <Space wrap data-testid="system-actions">
      {allowed.has('publish') && (
        <Popconfirm
          title={t('indicator.publishConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          disabled={dirty}
          onConfirm={() =>
            publish.mutate(system.id, {
              onSuccess: () => void message.success(t('indicator.published')),
              onError: (e) => onError(e),
            })
          }
        >
          <Button
            type="primary"
            icon={<NotificationOutlined />}
            loading={publish.isPending}
            disabled={dirty}
            data-action="publish"
          >
            {t('indicator.publish')}
          </Button>
        </Popconfirm>
      )}
      {allowed.has('copy') && (
        <Button
          icon={<CopyOutlined />}
          loading={copy.isPending}
          data-action="copy"
          onClick={() =>
            copy.mutate(system.id, {
              onSuccess: (created) => {
                void message.success(t('indicator.copied', { version: created.version }));
                void navigate(`/indicator-systems/${created.id}`);
              },
              onError: (e) => onError(e),
            })
          }
        >
          {t('indicator.copy')}
        </Button>
      )}
      <DownloadButton
        icon={<ExportOutlined />}
        label={t('indicator.export')}
        data-action="export"
        run={() => exportIndicatorSystem(system.id, `${system.name}-v${system.version}.json`)}
      />
    </Space>
  );
}

function Title({ system }: { system?: IndicatorSystem }) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size={4}>
      <Typography.Title level={4} style={{ margin: 0 }} data-testid="system-title">
        {system ? system.name : t('indicator.createTitle')}
      </Typography.Title>
      {system && (
        <Space size={8} wrap>
          <SystemStatusTag status={system.status} />
          <Tag>{t('indicator.versionN', { version: system.version })}</Tag>
          <Tag>{enumLabel(t, 'indicatorKind', system.kind)}</Tag>
          <Tag>{enumLabel(t, 'targetType', system.targetType)}</Tag>
        </Space>
      )}
    </Space>
  );
}

/** A published (or someone else's) system: read-only. */
function SystemView({ system }: { system: IndicatorSystem }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const rows = flattenIndicators(system.indicators);
  return (
    <>
      <Flex justify="space-between" align="flex-start" wrap gap={12} style={{ marginBottom: 16 }}>
        <Title system={system} />
        <HeaderActions system={system} />
      </Flex>
      {system.status === 'PUBLISHED' && (
        <Alert type="info" showIcon title={t('indicator.readOnly')} style={{ marginBottom: 16 }} />
      )}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="middle">
          <Descriptions.Item label={t('indicator.owner')}>
            {system.ownerOrgName ?? t('indicator.builtIn')}
          </Descriptions.Item>
          <Descriptions.Item label={t('indicator.updatedAt')}>
            {dateTime(system.publishedAt ?? system.updatedAt)}
          </Descriptions.Item>
          {system.totalScore !== undefined && (
            <Descriptions.Item label={t('indicator.totalScore')}>
              {system.totalScore}
            </Descriptions.Item>
          )}
          {system.gradeBands.length > 0 && (
            <Descriptions.Item label={t('indicator.gradeBands')}>
              {[...system.gradeBands]
                .sort((a, b) => b.minScore - a.minScore)
                .map((b) => `${b.grade} ≥ ${b.minScore}`)
                .join('；')}
            </Descriptions.Item>
          )}
          {system.description && (
            <Descriptions.Item label={t('indicator.description')} span={2}>
              {system.description}
            </Descriptions.Item>
          )}
          {system.sourceNote && (
            <Descriptions.Item label={t('indicator.sourceNote')} span={2}>
              {system.sourceNote}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card title={t('indicator.tree')}>
        <Table
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={rows}
          expandable={{ childrenColumnName: '__none' }}
          data-testid="indicator-tree"
          rowClassName={(r) => (r.children?.length ? 'indicator-group-row' : '')}
          columns={[
            { title: t('indicator.code'), dataIndex: 'code', width: 80 },
            {
              title: t('indicator.indicatorName'),
              key: 'name',
              render: (_, r) => (
                <div style={{ paddingLeft: (r.depth - 1) * 16 }}>
                  <span style={{ fontWeight: r.children?.length ? 600 : undefined }}>{r.name}</span>
                  {r.description && (
                    <div className="muted-small" style={{ whiteSpace: 'pre-wrap' }}>
                      {r.description}
                    </div>
                  )}
                </div>
              ),
            },
            system.kind === 'SCORED'
              ? { title: t('indicator.maxScore'), dataIndex: 'maxScore', width: 90 }
              : {
                  title: t('indicator.threshold'),
                  key: 'threshold',
                  width: 160,
                  render: (_, r) =>
                    r.children?.length
                      ? null
                      : r.operator
                        ? `${enumLabel(t, 'operator', r.operator)} ${r.threshold ?? ''}${r.unit ?? ''}`
                        : t('indicator.judgement'),
                },
            {
              title: t('indicator.evidence'),
              key: 'evidence',
              width: 280,
              render: (_, r) => (
                <Space size={[4, 4]} wrap>
                  {r.evidenceRequired.map((e) => (
                    <Tag key={e}>{e}</Tag>
                  ))}
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}

/** A draft: metadata, grade bands (SCORED) and the tree, saved as one PUT (or POST when new). */
function SystemEditor({ system }: { system?: IndicatorSystem }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<Meta>();
  const create = useCreateIndicatorSystem();
  const update = useUpdateIndicatorSystem();
  const [tree, setTree] = useState<EditNode[]>(() =>
    system ? fromIndicators(system.indicators) : [emptyNode()],
  );
  const [bands, setBands] = useState<GradeBand[]>(() => system?.gradeBands ?? []);
  const [dirty, setDirty] = useState(false);
  const { release } = useUnsavedChanges(dirty);
  const [showProblems, setShowProblems] = useState(false);
  const kind = Form.useWatch('kind', form) ?? system?.kind ?? 'SCORED';
  const problems = validateTree(tree, kind);

  const changeTree = (next: EditNode[]) => {
    setTree(next);
    setDirty(true);
  };
  const changeBands = (next: GradeBand[]) => {
    setBands(next);
    setDirty(true);
  };

  const save = (meta: Meta) => {
    if (Object.keys(problems).length > 0) {
      setShowProblems(true);
      void message.error(t('indicator.invalidTree'));
      return;
    }
    const body: SaveIndicatorSystemBody = {
      name: meta.name.trim(),
      kind: meta.kind,
      targetType: meta.targetType,
      description: meta.description?.trim() || undefined,
      sourceNote: meta.sourceNote?.trim() || undefined,
      gradeBands:
        meta.kind === 'SCORED'
          ? bands.filter((b) => b.grade.trim()).map((b) => ({ ...b, grade: b.grade.trim() }))
          : [],
      indicators: toSaveIndicators(tree, meta.kind),
      revision: system?.revision,
    };
    const onSuccess = (saved: IndicatorSystem) => {
      void message.success(t('indicator.saved'));
      setDirty(false);
      release();
      if (!system) void navigate(`/indicator-systems/${saved.id}`, { replace: true });
    };
    if (system) {
      update.mutate({ id: system.id, body }, { onSuccess, onError: (e) => onError(e, form) });
    } else {
      create.mutate(body, { onSuccess, onError: (e) => onError(e, form) });
    }
  };

  return (
    <>
      <Flex justify="space-between" align="flex-start" wrap gap={12} style={{ marginBottom: 16 }}>
        <Title system={system} />
        <Space wrap>
          <Button
            type="primary"
            icon={<SaveOutlined />}
            loading={create.isPending || update.isPending}
            onClick={() => form.submit()}
            data-action="save"
          >
            {t('common.save')}
          </Button>
          {system && <HeaderActions system={system} dirty={dirty} />}
        </Space>
      </Flex>
      <Form<Meta>
        form={form}
        layout="vertical"
        onFinish={save}
        onValuesChange={() => setDirty(true)}
        initialValues={
          system
            ? {
                name: system.name,
                kind: system.kind,
                targetType: system.targetType,
                description: system.description,
                sourceNote: system.sourceNote,
              }
            : { kind: 'SCORED', targetType: 'SCHOOL' }
        }
      >
        <Card style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="name"
                label={t('indicator.name')}
                rules={[
                  {
                    required: true,
                    whitespace: true,
                    message: t('common.required', { field: t('indicator.name') }),
                  },
                ]}
              >
                <Input maxLength={300} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="kind" label={t('indicator.kind')} rules={[{ required: true }]}>
                <Select
                  options={INDICATOR_KINDS.map((v) => ({
                    value: v,
                    label: enumLabel(t, 'indicatorKind', v),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                name="targetType"
                label={t('indicator.targetType')}
                rules={[{ required: true }]}
              >
                <Select
                  options={INDICATOR_TARGET_TYPES.map((v) => ({
                    value: v,
                    label: enumLabel(t, 'targetType', v),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="description" label={t('indicator.description')}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="sourceNote" label={t('indicator.sourceNote')}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
      </Form>
      {kind === 'SCORED' && (
        <Card
          title={t('indicator.gradeBands')}
          style={{ marginBottom: 16 }}
          extra={<Typography.Text type="secondary">{t('indicator.localNote')}</Typography.Text>}
        >
          <GradeBandsEditor bands={bands} total={totalOf(tree)} onChange={changeBands} />
        </Card>
      )}
      <Card title={t('indicator.tree')}>
        <IndicatorTreeEditor
          kind={kind}
          value={tree}
          onChange={changeTree}
          problems={showProblems ? problems : {}}
        />
      </Card>
    </>
  );
}

function GradeBandsEditor({
  bands,
  total,
  onChange,
}: {
  bands: GradeBand[];
  total: number;
  onChange: (next: GradeBand[]) => void;
}) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<GradeBand>) =>
    onChange(bands.map((b, j) => (j === i ? { ...b, ...patch } : b)));
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="grade-bands">
      <Typography.Text type="secondary">{t('indicator.bandsHint')}</Typography.Text>
      {bands.map((b, i) => (
        <Space key={i} wrap>
          <Input
            value={b.grade}
            maxLength={20}
            placeholder={t('indicator.grade')}
            aria-label={`${t('indicator.grade')} ${i + 1}`}
            onChange={(e) => set(i, { grade: e.target.value })}
            style={{ width: 120 }}
          />
          <span>≥</span>
          <InputNumber
            value={b.minScore}
            min={0}
            max={total || undefined}
            precision={2}
            aria-label={`${t('indicator.minScore')} ${i + 1}`}
            onChange={(v) => set(i, { minScore: v ?? 0 })}
            style={{ width: 120 }}
          />
          <Button
            danger
            icon={<DeleteOutlined />}
            aria-label={t('common.remove')}
            onClick={() => onChange(bands.filter((_, j) => j !== i))}
          />
        </Space>
      ))}
      <Button
        icon={<PlusOutlined />}
        onClick={() => onChange([...bands, { grade: '', minScore: 0 }])}
      >
        {t('indicator.addBand')}
      </Button>
    </Space>
  );
}
