import { useMemo, useState } from 'react';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Result,
  Row,
  Skeleton,
  Space,
  Tooltip,
  Typography,
  type FormListFieldData,
  type FormListOperation,
} from 'antd';
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  PlusOutlined,
  SaveOutlined,
} from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { ImportWarning, Plan, PlanItem, SavePlanItem } from '../../../api/types';
import { PageHeader } from '../../../components/PageHeader';
import { describeError, useApiErrorHandler } from '../../../lib/api/errors';
import { refetched, useVersionConflict } from '../../../lib/conflict/useVersionConflict';
import { fromApiDate, toApiDate, useFormat } from '../../../lib/format';
import { useUnsavedChanges } from '../../../lib/useUnsavedChanges';
import { usePlanImportWarnings } from '../api/importWarnings';
import { useCreatePlan, usePlan, useUpdatePlan } from '../api/plans';
import { itemNumber } from '../outline';
import { ImportWarningsPanel } from './ImportWarningsPanel';

type ItemValues = { id?: number; heading: string; content?: string; subItems?: ItemValues[] };

type Values = {
  title: string;
  year: number;
  documentNumber?: string;
  issuedOn?: Dayjs | null;
  recipients?: string;
  preamble?: string;
  items?: ItemValues[];
};

function toValues(items: readonly PlanItem[]): ItemValues[] {
  return items.map((i) => ({
    id: i.id,
    heading: i.heading,
    content: i.content,
    subItems: toValues(i.subItems),
  }));
}

function toSaveItems(items: readonly PlanItem[]): SavePlanItem[] {
  return items.map((i) => ({
    id: i.id,
    heading: i.heading,
    content: i.content,
    subItems: toSaveItems(i.subItems),
  }));
}

const PLAN_FIELD_LABELS = {
  title: 'plan.name',
  year: 'plan.year',
  documentNumber: 'plan.documentNumber',
  issuedOn: 'plan.issuedOn',
  recipients: 'plan.recipients',
  preamble: 'plan.preamble',
  items: 'plan.items',
} as const satisfies Record<keyof Values, string>;

/** Create a plan (no id) or edit one; sub-items below the second level are kept as they were. */
export function PlanEditPage() {
  const { t } = useTranslation();
  const params = useParams();
  const id = params.id === undefined ? undefined : Number(params.id);
  const plan = usePlan(id);
  if (id === undefined) return <PlanForm />;
  if (plan.isPending) return <Skeleton active />;
  if (plan.isError) return <Result status="error" subTitle={describeError(t, plan.error)} />;
  return <PlanForm plan={plan.data} reload={plan.refetch} />;
}

/** A plan as the editor's values. */
function planValues(plan: Plan): Values {
  return {
    title: plan.title,
    year: plan.year,
    documentNumber: plan.documentNumber,
    issuedOn: fromApiDate(plan.issuedOn),
    recipients: plan.recipients,
    preamble: plan.preamble,
    items: toValues(plan.items),
  };
}

function PlanForm({
  plan,
  reload,
}: {
  plan?: Plan;
  reload?: () => Promise<{ data?: Plan; error: unknown }>;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { pickerFormat, date } = useFormat();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const create = useCreatePlan();
  const update = useUpdatePlan();
  const importWarnings = usePlanImportWarnings(plan?.id);
  // an open import warning about a field is shown under it until dismissed
  const fieldWarning = (field: ImportWarning['field']) => {
    const warning = importWarnings.data?.find((w) => w.field === field);
    return warning && <Typography.Text type="warning">{warning.message}</Typography.Text>;
  };

  // the form starts from the plan it was opened with; a reload after a conflict merges into it
  const [initialValues] = useState<Partial<Values>>(() =>
    plan ? planValues(plan) : { year: dayjs().year(), items: [{ heading: '', subItems: [] }] },
  );
  const [dirty, setDirty] = useState(false);
  const { release } = useUnsavedChanges(dirty);
  const conflict = useVersionConflict<Values>({
    start: { values: initialValues as Values, version: plan?.version ?? 0 },
    read: () => form.getFieldsValue(true) as Values,
    write: (values) => form.setFieldsValue(values),
    reload: async () => {
      const latest = refetched(await reload?.());
      return { values: planValues(latest), version: latest.version };
    },
    describe: (field) => ({
      label: t(PLAN_FIELD_LABELS[field as keyof Values] ?? 'plan.name'),
      render: field === 'issuedOn' ? (v) => date(v as Dayjs | undefined) : undefined,
    }),
  });

  // deeper levels are not edited here: carry them over by id
  const deeper = useMemo(() => {
    const map = new Map<number, SavePlanItem[]>();
    for (const item of plan?.items ?? []) {
      for (const sub of item.subItems) map.set(sub.id, toSaveItems(sub.subItems));
    }
    return map;
  }, [plan]);

  const onFinish = (v: Values) => {
    const items: SavePlanItem[] = (v.items ?? []).map((item) => ({
      id: item.id,
      heading: item.heading.trim(),
      content: item.content?.trim() || undefined,
      subItems: (item.subItems ?? []).map((sub) => ({
        id: sub.id,
        heading: sub.heading.trim(),
        content: sub.content?.trim() || undefined,
        subItems: sub.id !== undefined ? (deeper.get(sub.id) ?? []) : [],
      })),
    }));
    const body = {
      title: v.title.trim(),
      year: v.year,
      documentNumber: v.documentNumber?.trim() || undefined,
      issuedOn: toApiDate(v.issuedOn),
      recipients: v.recipients?.trim() || undefined,
      preamble: v.preamble?.trim() || undefined,
      items,
      forwardedFrom: plan?.forwardedFrom,
    };
    const done = {
      onSuccess: (saved: Plan) => {
        void message.success(t('plan.saved'));
        release();
        void navigate(`/plans/${saved.id}`);
      },
      onError: (e: unknown) => {
        if (!conflict.onSaveError(e)) onError(e, form);
      },
    };
    if (plan) update.mutate({ id: plan.id, body: { ...body, version: conflict.version } }, done);
    else create.mutate(body, done);
  };

  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { field }),
  });

  return (
    <>
      <PageHeader
        title={plan ? t('plan.editTitle') : t('plan.create')}
        extra={
          <Space>
            <Button onClick={() => void navigate(plan ? `/plans/${plan.id}` : '/plans')}>
              {t('common.cancel')}
            </Button>
            <Button
              type="primary"
              icon={<SaveOutlined />}
              loading={create.isPending || update.isPending}
              onClick={() => form.submit()}
              data-action="save"
            >
              {t('common.save')}
            </Button>
          </Space>
        }
      />
      {plan && <ImportWarningsPanel planId={plan.id} warnings={importWarnings.data ?? []} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={() => setDirty(true)}
        onFinish={onFinish}
        scrollToFirstError
      >
        <Card style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} lg={16}>
              <Form.Item
                name="title"
                label={t('plan.name')}
                rules={[required(t('plan.name'))]}
                extra={fieldWarning('TITLE')}
              >
                <Input maxLength={300} />
              </Form.Item>
            </Col>
            <Col xs={12} lg={8}>
              <Form.Item
                name="year"
                label={t('plan.year')}
                rules={[
                  { required: true, message: t('common.required', { field: t('plan.year') }) },
                ]}
              >
                <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} lg={8}>
              <Form.Item
                name="documentNumber"
                label={t('plan.documentNumber')}
                extra={fieldWarning('DOCUMENT_NUMBER')}
              >
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} lg={8}>
              <Form.Item
                name="issuedOn"
                label={t('plan.issuedOn')}
                extra={fieldWarning('ISSUED_ON')}
              >
                <DatePicker format={pickerFormat} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} lg={8}>
              <Form.Item
                name="recipients"
                label={t('plan.recipients')}
                extra={fieldWarning('RECIPIENTS')}
              >
                <Input maxLength={1000} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="preamble" label={t('plan.preamble')}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={20000} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('plan.items')}>
          <Form.List name="items">
            {(fields, ops) => (
              <Flex vertical gap={12}>
                {fields.map((field, index) => (
                  <Card
                    key={field.key}
                    size="small"
                    className="plan-edit-item"
                    data-testid="plan-edit-item"
                    title={
                      <Typography.Text strong>
                        {itemNumber([index + 1], i18n.language)}
                      </Typography.Text>
                    }
                    extra={
                      <MoveButtons field={field} index={index} count={fields.length} ops={ops} />
                    }
                  >
                    <Form.Item name={[field.name, 'id']} hidden>
                      <Input />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'heading']}
                      label={t('plan.heading')}
                      rules={[required(t('plan.heading'))]}
                    >
                      <Input maxLength={500} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'content']} label={t('plan.content')}>
                      <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={20000} />
                    </Form.Item>
                    <Form.List name={[field.name, 'subItems']}>
                      {(subFields, subOps) => (
                        <div className="plan-edit-subitems">
                          {subFields.map((sub, subIndex) => (
                            <Flex
                              key={sub.key}
                              gap={8}
                              align="flex-start"
                              className="plan-edit-sub"
                            >
                              <span className="plan-outline-number" style={{ paddingTop: 5 }}>
                                {itemNumber([index + 1, subIndex + 1], i18n.language)}
                              </span>
                              <div style={{ flex: 1 }}>
                                <Form.Item name={[sub.name, 'id']} hidden>
                                  <Input />
                                </Form.Item>
                                <Form.Item
                                  name={[sub.name, 'heading']}
                                  rules={[required(t('plan.heading'))]}
                                  style={{ marginBottom: 8 }}
                                >
                                  <Input placeholder={t('plan.heading')} maxLength={500} />
                                </Form.Item>
                                <Form.Item name={[sub.name, 'content']}>
                                  <Input.TextArea
                                    placeholder={t('plan.content')}
                                    autoSize={{ minRows: 1, maxRows: 8 }}
                                    maxLength={20000}
                                  />
                                </Form.Item>
                              </div>
                              <MoveButtons
                                field={sub}
                                index={subIndex}
                                count={subFields.length}
                                ops={subOps}
                              />
                            </Flex>
                          ))}
                          <Button
                            type="dashed"
                            size="small"
                            icon={<PlusOutlined />}
                            onClick={() => subOps.add({ heading: '', subItems: [] })}
                          >
                            {t('plan.addSubItem')}
                          </Button>
                        </div>
                      )}
                    </Form.List>
                  </Card>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => ops.add({ heading: '', subItems: [] })}
                  block
                >
                  {t('plan.addItem')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Card>
      </Form>
      {conflict.dialog}
    </>
  );
}

function MoveButtons({
  field,
  index,
  count,
  ops,
}: {
  field: FormListFieldData;
  index: number;
  count: number;
  ops: FormListOperation;
}) {
  const { t } = useTranslation();
  return (
    <Space size={0}>
      <Tooltip title={t('common.moveUp')}>
        <Button
          type="text"
          size="small"
          icon={<ArrowUpOutlined />}
          aria-label={t('common.moveUp')}
          disabled={index === 0}
          onClick={() => ops.move(index, index - 1)}
        />
      </Tooltip>
      <Tooltip title={t('common.moveDown')}>
        <Button
          type="text"
          size="small"
          icon={<ArrowDownOutlined />}
          aria-label={t('common.moveDown')}
          disabled={index === count - 1}
          onClick={() => ops.move(index, index + 1)}
        />
      </Tooltip>
      <Tooltip title={t('common.remove')}>
        <Button
          type="text"
          size="small"
          danger
          icon={<DeleteOutlined />}
          aria-label={t('common.remove')}
          onClick={() => ops.remove(field.name)}
        />
      </Tooltip>
    </Space>
  );
}
