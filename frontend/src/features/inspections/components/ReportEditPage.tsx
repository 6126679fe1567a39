import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  Row,
  Select,
  Skeleton,
  Space,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DetailLoadError } from '../../../components/DetailHeader';
import { useNavigate, useParams } from 'react-router';
import type { InspectionReport, InspectionType } from '../../../api/types';
import { PageHeader } from '../../../components/PageHeader';
import { describeError, useApiErrorHandler } from '../../../lib/api/errors';
import { INSPECTION_TYPES, enumLabel } from '../../../lib/enums';
import { refetched, useVersionConflict } from '../../../lib/conflict/useVersionConflict';
import { fromApiDate, toApiDate, useFormat } from '../../../lib/format';
import { useUnsavedChanges } from '../../../lib/useUnsavedChanges';
import { OrgTreeSelect } from '../../organizations/components/OrgTreeSelect';
import { useIndicatorSystem, useIndicatorSystems } from '../api/indicatorSystems';
import { useCreateReport, useReport, useUpdateReport } from '../api/reports';
import { leavesOf, toSaveScores, type ScoreValue } from '../scoring';
import { ScoreForm } from './ScoreForm';
import { PlanItemSelect } from '../../plans/components/PlanItemSelect';

type Values = {
  type: InspectionType;
  title: string;
  targetOrgId: number;
  indicatorSystemId?: number;
  visit?: [Dayjs | null, Dayjs | null] | null;
  topic?: string;
  summary?: string;
  planItemId?: number | null;
};

/** Types the server only accepts with an indicator system. */
const SYSTEM_REQUIRED: readonly InspectionType[] = ['SCHOOL_EVALUATION_316', 'GOVERNMENT_DUTY'];

export function ReportEditPage() {
  const { t } = useTranslation();
  const params = useParams();
  const id = params.id ? Number(params.id) : undefined;
  const report = useReport(id);
  if (id === undefined) return <ReportEditor />;
  if (report.isPending) return <Skeleton active />;
  if (report.isError)
    return (
      <DetailLoadError
        error={report.error}
        back="/inspection-reports"
        backLabel={t('nav.reports')}
      />
    );
  return <ReportEditor report={report.data} reload={report.refetch} />;
}

type ScoreValues = Record<string, ScoreValue | undefined>;

/** The editor's values as one flat record: the form's fields and one `score:<code>` per leaf. */
type EditorValues = Values & Record<`score:${string}`, ScoreValue | undefined>;

const SCORE = 'score:';

function scoreValues(report: InspectionReport | undefined): ScoreValues {
  return Object.fromEntries(
    (report?.scores ?? []).map((s) => [
      s.indicatorCode,
      { score: s.score ?? null, passed: s.passed ?? null, remark: s.remark ?? '' },
    ]),
  );
}

function formValues(report: InspectionReport): Values {
  return {
    type: report.type,
    title: report.title,
    targetOrgId: report.targetOrgId,
    indicatorSystemId: report.indicatorSystemId,
    visit: report.visitStart
      ? [fromApiDate(report.visitStart) ?? null, fromApiDate(report.visitEnd) ?? null]
      : undefined,
    topic: report.topic,
    summary: report.summary,
    planItemId: report.planItemId,
  };
}

function editorValues(values: Values, scores: ScoreValues): EditorValues {
  const flat: Record<string, unknown> = { ...values };
  for (const [code, v] of Object.entries(scores)) flat[`${SCORE}${code}`] = v;
  return flat as EditorValues;
}

function splitEditorValues(values: EditorValues): { form: Values; scores: ScoreValues } {
  const form: Record<string, unknown> = {};
  const scores: ScoreValues = {};
  for (const [key, v] of Object.entries(values)) {
    if (key.startsWith(SCORE)) scores[key.slice(SCORE.length)] = v as ScoreValue | undefined;
    else form[key] = v;
  }
  return { form: form as Values, scores };
}

const REPORT_FIELD_LABELS = {
  type: 'report.type',
  title: 'report.name',
  targetOrgId: 'report.target',
  indicatorSystemId: 'report.system',
  visit: 'report.visit',
  topic: 'report.topic',
  summary: 'report.summary',
  planItemId: 'planItem.label',
} as const satisfies Record<keyof Values, string>;

function ReportEditor({
  report,
  reload,
}: {
  report?: InspectionReport;
  reload?: () => Promise<{ data?: InspectionReport; error: unknown }>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { pickerFormat } = useFormat();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const create = useCreateReport();
  const update = useUpdateReport();
  const type = Form.useWatch('type', form) ?? report?.type ?? 'ROUTINE_VISIT';
  const systemId = Form.useWatch('indicatorSystemId', form) ?? report?.indicatorSystemId;
  const targetType = type === 'GOVERNMENT_DUTY' ? 'COUNTY' : 'SCHOOL';
  const systems = useIndicatorSystems({
    status: 'PUBLISHED',
    targetType,
    size: 100,
    sort: 'name,asc',
  });
  const system = useIndicatorSystem(systemId);
  const [scores, setScoreState] = useState<ScoreValues>(() => scoreValues(report));
  // the latest scores for the conflict merge, which reads them outside a render
  const scoresRef = useRef(scores);
  const [dirty, setDirty] = useState(false);
  const { release } = useUnsavedChanges(dirty);
  const setScores = (next: ScoreValues) => {
    scoresRef.current = next;
    setScoreState(next);
    setDirty(true);
  };
  const [initialValues] = useState<Partial<Values>>(() =>
    report ? formValues(report) : { type: 'ROUTINE_VISIT' },
  );
  const conflict = useVersionConflict<EditorValues>({
    start: {
      values: editorValues(initialValues as Values, scores),
      version: report?.version ?? 0,
    },
    read: () => editorValues(form.getFieldsValue(true) as Values, scoresRef.current),
    write: (values) => {
      const split = splitEditorValues(values);
      form.setFieldsValue(split.form);
      scoresRef.current = split.scores;
      setScoreState(split.scores);
    },
    reload: async () => {
      const latest = refetched(await reload?.());
      return {
        values: editorValues(formValues(latest), scoreValues(latest)),
        version: latest.version,
      };
    },
    describe: (field) => {
      if (!field.startsWith(SCORE)) {
        return { label: t(REPORT_FIELD_LABELS[field as keyof Values] ?? 'report.name') };
      }
      const code = field.slice(SCORE.length);
      const leaf = system.data && leavesOf(system.data.indicators).find((l) => l.code === code);
      return {
        label: `${code} ${leaf?.name ?? ''}`,
        render: (v) => describeScore(v as ScoreValue | undefined),
      };
    },
  });
  const describeScore = (v: ScoreValue | undefined) =>
    [
      typeof v?.score === 'number' ? String(v.score) : undefined,
      typeof v?.passed === 'boolean' ? (v.passed ? t('report.pass') : t('report.fail')) : undefined,
      v?.remark?.trim() || undefined,
    ]
      .filter(Boolean)
      .join(' · ') || t('conflict.empty');

  // the report's own system stays selectable even when it is not in the first page of the list
  const systemOptions = useMemo(() => {
    const list = (systems.data?.items ?? []).map((s) => ({
      value: s.id,
      label: `${s.name}（${t('report.systemVersion', { version: s.version })}）`,
    }));
    if (report?.indicatorSystemId && !list.some((o) => o.value === report.indicatorSystemId)) {
      list.unshift({
        value: report.indicatorSystemId,
        label: `${report.indicatorSystemName ?? ''}（${t('report.systemVersion', { version: report.indicatorSystemVersion })}）`,
      });
    }
    return list;
  }, [systems.data, report, t]);

  // a new routine visit starts with the only published checklist, when there is just one
  useEffect(() => {
    if (report || form.getFieldValue('indicatorSystemId') !== undefined) return;
    if (type === 'ROUTINE_VISIT' && systems.data?.items.length === 1) {
      form.setFieldValue('indicatorSystemId', systems.data.items[0].id);
    }
  }, [systems.data, type, report, form]);

  const saving = create.isPending || update.isPending;
  const onFinish = (v: Values) => {
    const body = {
      type: v.type,
      title: v.title.trim(),
      targetOrgId: v.targetOrgId,
      indicatorSystemId: v.indicatorSystemId,
      visitStart: toApiDate(v.visit?.[0]),
      visitEnd: toApiDate(v.visit?.[1]),
      topic: v.topic?.trim() || undefined,
      summary: v.summary?.trim() || undefined,
      scores: system.data && v.indicatorSystemId ? toSaveScores(system.data, scores) : [],
      planItemId: v.planItemId ?? undefined,
      version: report ? conflict.version : undefined,
    };
    const done = (saved: InspectionReport) => {
      void message.success(t('common.saved'));
      release();
      void navigate(`/inspection-reports/${saved.id}`);
    };
    const fail = (e: unknown) => {
      if (!conflict.onSaveError(e)) onError(e, form);
    };
    if (report) {
      update.mutate({ id: report.id, body }, { onSuccess: done, onError: fail });
    } else {
      create.mutate(body, { onSuccess: done, onError: fail });
    }
  };

  return (
    <>
      <PageHeader title={report ? t('report.editTitle') : t('report.createTitle')} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={initialValues}
        onValuesChange={() => setDirty(true)}
      >
        <Card title={t('report.details')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="type" label={t('report.type')} rules={[{ required: true }]}>
                <Select
                  options={INSPECTION_TYPES.map((v) => ({
                    value: v,
                    label: enumLabel(t, 'inspectionType', v),
                  }))}
                  onChange={() => form.setFieldValue('indicatorSystemId', undefined)}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item
                name="title"
                label={t('report.name')}
                rules={[
                  {
                    required: true,
                    whitespace: true,
                    message: t('common.required', { field: t('report.name') }),
                  },
                ]}
              >
                <Input maxLength={300} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="targetOrgId"
                label={t('report.target')}
                rules={[
                  { required: true, message: t('common.select', { field: t('report.target') }) },
                ]}
              >
                <OrgTreeSelect allowClear={false} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item
                name="indicatorSystemId"
                label={t('report.system')}
                rules={[
                  {
                    required: SYSTEM_REQUIRED.includes(type),
                    message: t('report.systemRequired'),
                  },
                ]}
              >
                <Select
                  allowClear
                  loading={systems.isFetching}
                  placeholder={t('report.noSystem')}
                  options={systemOptions}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="visit" label={t('report.visit')}>
                <DatePicker.RangePicker
                  format={pickerFormat}
                  style={{ width: '100%' }}
                  // a visit record says what happened: the server refuses one dated after today
                  disabledDate={(d) => type === 'ROUTINE_VISIT' && d.isAfter(dayjs(), 'day')}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item name="topic" label={t('report.topic')}>
                <Input maxLength={100} placeholder={t('report.topicPlaceholder')} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="planItemId" label={t('planItem.label')}>
                <PlanItemSelect />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="summary" label={t('report.summary')}>
                <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={50000} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('report.scoreForm')} style={{ marginBottom: 16 }}>
          {!systemId ? (
            <Typography.Text type="secondary">{t('report.scoreHint')}</Typography.Text>
          ) : system.isError ? (
            <Alert type="error" showIcon title={describeError(t, system.error)} />
          ) : system.data ? (
            <ScoreForm system={system.data} values={scores} onChange={setScores} />
          ) : (
            <Skeleton active />
          )}
        </Card>
        <Space>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('common.save')}
          </Button>
          <Button onClick={() => void navigate(-1)}>{t('common.cancel')}</Button>
        </Space>
      </Form>
      {conflict.dialog}
    </>
  );
}
