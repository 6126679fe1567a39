import { useEffect, useMemo, useState } from 'react';
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
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DetailLoadError } from '../../../components/DetailHeader';
import { useNavigate, useParams } from 'react-router';
import type { InspectionReport, InspectionType } from '../../../api/types';
import { PageHeader } from '../../../components/PageHeader';
import { describeError, useApiErrorHandler } from '../../../lib/api/errors';
import { INSPECTION_TYPES, enumLabel } from '../../../lib/enums';
import { fromApiDate, toApiDate, useFormat } from '../../../lib/format';
import { OrgTreeSelect } from '../../organizations/components/OrgTreeSelect';
import { useIndicatorSystem, useIndicatorSystems } from '../api/indicatorSystems';
import { useCreateReport, useReport, useUpdateReport } from '../api/reports';
import { toSaveScores, type ScoreValue } from '../scoring';
import { ScoreForm } from './ScoreForm';

type Values = {
  type: InspectionType;
  title: string;
  targetOrgId: number;
  indicatorSystemId?: number;
  visit?: [Dayjs | null, Dayjs | null] | null;
  topic?: string;
  summary?: string;
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
      <DetailLoadError error={report.error} back="/inspection-reports" backLabel={t('nav.reports')} />
    );
  return <ReportEditor report={report.data} />;
}

function ReportEditor({ report }: { report?: InspectionReport }) {
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
  const [scores, setScores] = useState<Record<string, ScoreValue | undefined>>(() =>
    Object.fromEntries(
      (report?.scores ?? []).map((s) => [
        s.indicatorCode,
        { score: s.score ?? null, passed: s.passed ?? null, remark: s.remark ?? '' },
      ]),
    ),
  );

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
      version: report?.version,
    };
    const done = (saved: InspectionReport) => {
      void message.success(t('common.saved'));
      void navigate(`/inspection-reports/${saved.id}`);
    };
    if (report) {
      update.mutate({ id: report.id, body }, { onSuccess: done, onError: (e) => onError(e, form) });
    } else {
      create.mutate(body, { onSuccess: done, onError: (e) => onError(e, form) });
    }
  };

  return (
    <>
      <PageHeader title={report ? t('report.editTitle') : t('report.createTitle')} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={
          report
            ? {
                type: report.type,
                title: report.title,
                targetOrgId: report.targetOrgId,
                indicatorSystemId: report.indicatorSystemId,
                visit: report.visitStart
                  ? [fromApiDate(report.visitStart) ?? null, fromApiDate(report.visitEnd) ?? null]
                  : undefined,
                topic: report.topic,
                summary: report.summary,
              }
            : { type: 'ROUTINE_VISIT' }
        }
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
                <DatePicker.RangePicker format={pickerFormat} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item name="topic" label={t('report.topic')}>
                <Input maxLength={100} placeholder={t('report.topicPlaceholder')} />
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
    </>
  );
}
