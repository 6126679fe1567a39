import { App, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type {
  AccountabilityCase,
  CaseSource,
  SaveCaseBody,
  SevereReason,
  SubjectType,
} from '../../../api/types';
import { useApiErrorHandler } from '../../../lib/api/errors';
import {
  CASE_SOURCES,
  MANUAL_SEVERE_REASONS,
  SCENARIO_FAMILIES,
  SUBJECT_TYPES,
  enumLabel,
} from '../../../lib/enums';
import { fromApiDate, toApiDate, useFormat } from '../../../lib/format';
import { useMe } from '../../auth/api/session';
import { OrgTreeSelect } from '../../organizations/components/OrgTreeSelect';
import { useCreateCase, useScenarios, useUpdateCase } from '../api/cases';
import { PlanItemSelect } from '../../plans/components/PlanItemSelect';

type Values = {
  subjectOrgId?: number;
  subjectType: SubjectType;
  personName?: string;
  personPosition?: string;
  scenarioCodes?: string[];
  source: CaseSource;
  sourceId?: number | null;
  sourceEndedOn?: Dayjs | null;
  facts: string;
  internalNotes?: string;
  manualSevere?: SevereReason[];
  planItemId?: number | null;
};

const MANUAL: readonly string[] = MANUAL_SEVERE_REASONS;

/** 立案 (create) or edit before the decision. */
export function CaseFormModal({
  c,
  onClose,
  onSaved,
}: {
  c?: AccountabilityCase;
  onClose: () => void;
  onSaved: (saved: AccountabilityCase) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const { pickerFormat } = useFormat();
  const { data: me } = useMe();
  const scenarios = useScenarios();
  const create = useCreateCase();
  const update = useUpdateCase();
  const [form] = Form.useForm<Values>();
  const pending = create.isPending || update.isPending;

  const scenarioOptions = SCENARIO_FAMILIES.map((family) => ({
    label: enumLabel(t, 'scenarioFamily', family),
    title: family,
    options: (scenarios.data ?? [])
      .filter((s) => s.family === family && (s.active || c?.scenarioCodes.includes(s.code)))
      .map((s) => ({
        value: s.code,
        label: `${s.code} ${s.description}`,
      })),
  })).filter((g) => g.options.length > 0);

  const initial: Partial<Values> = c
    ? {
        subjectOrgId: c.subjectOrgId,
        subjectType: c.subjectType,
        personName: c.subjectPerson?.name,
        personPosition: c.subjectPerson?.position,
        scenarioCodes: c.scenarioCodes,
        source: c.source,
        sourceId: c.sourceId,
        sourceEndedOn: fromApiDate(c.sourceEndedOn),
        facts: c.facts,
        planItemId: c.planItemId,
        internalNotes: c.internalNotes,
        manualSevere: c.severeReasons
          .filter((g) => !g.automatic && MANUAL.includes(g.code))
          .map((g) => g.code),
      }
    : { subjectType: 'GOVERNMENT', source: 'OTHER', scenarioCodes: [], manualSevere: [] };

  const onFinish = (v: Values) => {
    const name = v.personName?.trim();
    const body: SaveCaseBody = {
      subjectType: v.subjectType,
      subjectOrgId: v.subjectOrgId,
      subjectPerson: name ? { name, position: v.personPosition?.trim() || undefined } : undefined,
      scenarioCodes: v.scenarioCodes ?? [],
      source: v.source,
      sourceId: v.sourceId ?? undefined,
      sourceEndedOn: toApiDate(v.sourceEndedOn),
      facts: v.facts.trim(),
      internalNotes: v.internalNotes?.trim() || undefined,
      manualSevereReasons: (v.manualSevere ?? []).map((code) => ({ code })),
      planItemId: v.planItemId ?? undefined,
      version: c?.version,
    };
    const done = {
      onSuccess: (saved: AccountabilityCase) => {
        void message.success(c ? t('case.saved') : t('case.created', { number: saved.caseNumber }));
        onSaved(saved);
      },
      onError: (e: unknown) => onError(e, form),
    };
    if (c) update.mutate({ id: c.id, body }, done);
    else create.mutate(body, done);
  };

  return (
    <Modal
      open
      width={760}
      title={c ? `${t('case.editTitle')} ${c.caseNumber}` : t('case.createTitle')}
      okText={c ? t('common.save') : t('case.create')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={onFinish}
        data-testid="case-form"
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="subjectOrgId"
              label={t('case.subjectOrg')}
              dependencies={['personName']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, value) =>
                    value || String(getFieldValue('personName') ?? '').trim()
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('case.subjectRequired'))),
                }),
              ]}
            >
              <OrgTreeSelect
                omitId={c ? undefined : me?.organization.id}
                placeholder={t('case.subjectOrg')}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="subjectType"
              label={t('case.subjectType')}
              rules={[{ required: true }]}
            >
              <Select
                options={SUBJECT_TYPES.map((s) => ({
                  value: s,
                  label: enumLabel(t, 'subjectType', s),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="personName" label={t('case.personName')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="personPosition" label={t('case.personPosition')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="scenarioCodes" label={t('case.scenarios')}>
              <Select
                mode="multiple"
                allowClear
                loading={scenarios.isLoading}
                options={scenarioOptions}
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('case.scenarios')}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="source" label={t('case.source')} rules={[{ required: true }]}>
              <Select
                options={CASE_SOURCES.map((s) => ({
                  value: s,
                  label: enumLabel(t, 'caseSource', s),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="sourceId" label={t('case.sourceId')}>
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="sourceEndedOn"
              label={t('case.sourceEndedOn')}
              tooltip={t('case.sourceEndedOnHint')}
            >
              <DatePicker format={pickerFormat} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="planItemId" label={t('planItem.label')}>
              <PlanItemSelect />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="facts"
              label={t('case.facts')}
              rules={[
                {
                  required: true,
                  whitespace: true,
                  message: t('case.required', { field: t('case.facts') }),
                },
              ]}
            >
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={20000} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="internalNotes"
              label={t('case.internalNotes')}
              extra={t('case.internalNotesHint')}
            >
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={20000} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="manualSevere" label={t('case.manualSevere')}>
              <Select
                mode="multiple"
                allowClear
                options={MANUAL_SEVERE_REASONS.map((r) => ({
                  value: r,
                  label: enumLabel(t, 'severeReason', r),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
