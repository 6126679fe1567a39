import { useState, type ReactNode } from 'react';
import { Alert, App, Button, Checkbox, DatePicker, Form, Input, Modal, Radio, Space } from 'antd';
import {
  AuditOutlined,
  CheckOutlined,
  CloseCircleOutlined,
  EditOutlined,
  FileSearchOutlined,
  FolderOutlined,
  MailOutlined,
  SendOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type {
  AccountabilityCase,
  AppealOutcome,
  IndividualMeasure,
  Publication,
  ReviewOutcome,
  UnitMeasure,
} from '../../../api/types';
import { useApiErrorHandler } from '../../../lib/api/errors';
import { ApiError } from '../../../lib/api/problem';
import { INDIVIDUAL_MEASURES, PUBLICATIONS, UNIT_MEASURES, enumLabel } from '../../../lib/enums';
import { toApiDate, useFormat } from '../../../lib/format';
import { AttachmentUpload } from '../../attachments/components/AttachmentUpload';
import { useCaseStep, type CaseStepAction, type CaseStepCall } from '../api/cases';

/** Buttons, in this order, for the steps the server allows the caller now. */
const BUTTON_ORDER: readonly string[] = [
  'investigate',
  'notify',
  'statement',
  'decide',
  'execute',
  'close',
  'review-request',
  'review-decision',
  'appeal',
  'appeal-decision',
  'edit',
  'dismiss',
];

const PRIMARY = new Set([
  'investigate',
  'notify',
  'statement',
  'decide',
  'execute',
  'close',
  'review-decision',
  'appeal-decision',
]);

const ICONS: Record<string, ReactNode> = {
  investigate: <FileSearchOutlined />,
  notify: <MailOutlined />,
  statement: <SendOutlined />,
  decide: <AuditOutlined />,
  execute: <CheckOutlined />,
  close: <FolderOutlined />,
  'review-request': <SolutionOutlined />,
  'review-decision': <SolutionOutlined />,
  appeal: <SolutionOutlined />,
  'appeal-decision': <SolutionOutlined />,
  edit: <EditOutlined />,
  dismiss: <CloseCircleOutlined />,
};

/** Workflow buttons for exactly the case's `allowedActions`; each opens its small form. */
export function CaseActions({
  c,
  onEdit,
  exclude = [],
}: {
  c: AccountabilityCase;
  onEdit: () => void;
  exclude?: readonly string[];
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<CaseStepAction | null>(null);
  const allowed = new Set(c.allowedActions);
  const actions = BUTTON_ORDER.filter((a) => allowed.has(a) && !exclude.includes(a));
  if (actions.length === 0) return null;
  return (
    <>
      <Space wrap data-testid="case-actions">
        {actions.map((action) => (
          <Button
            key={action}
            data-action={action}
            icon={ICONS[action]}
            type={PRIMARY.has(action) ? 'primary' : 'default'}
            danger={action === 'dismiss'}
            onClick={() => (action === 'edit' ? onEdit() : setOpen(action as CaseStepAction))}
          >
            {enumLabel(t, 'caseAction', action)}
          </Button>
        ))}
      </Space>
      {open && <StepForm c={c} action={open} onDone={() => setOpen(null)} />}
    </>
  );
}

type StepValues = {
  note?: string;
  reason?: string;
  text?: string;
  attachmentIds?: number[];
  statementDueOn?: Dayjs | null;
  unitMeasures?: UnitMeasure[];
  individualMeasures?: IndividualMeasure[];
  decisionText?: string;
  basis?: string;
  effectiveOn?: Dayjs | null;
  publication?: Publication;
  outcome?: string;
  overrideReason?: string;
};

const trimmed = (v: string | undefined) => v?.trim() || undefined;

function toCall(action: CaseStepAction, v: StepValues): CaseStepCall {
  const overrideReason = trimmed(v.overrideReason);
  switch (action) {
    case 'investigate':
    case 'execute':
    case 'close':
      return { action, body: { note: trimmed(v.note), overrideReason } };
    case 'notify':
      return {
        action,
        body: { note: trimmed(v.note), statementDueOn: toApiDate(v.statementDueOn) },
      };
    case 'statement':
      return {
        action,
        body: { text: v.text?.trim() ?? '', attachmentIds: v.attachmentIds ?? [], overrideReason },
      };
    case 'decide':
      return {
        action,
        body: {
          unitMeasures: v.unitMeasures ?? [],
          individualMeasures: v.individualMeasures ?? [],
          decisionText: v.decisionText?.trim() ?? '',
          basis: v.basis?.trim() ?? '',
          effectiveOn: toApiDate(v.effectiveOn) ?? dayjs().format('YYYY-MM-DD'),
          publication: v.publication ?? 'NONE',
          overrideReason,
        },
      };
    case 'dismiss':
    case 'review-request':
    case 'appeal':
      return { action, body: { reason: v.reason?.trim() ?? '', overrideReason } };
    case 'review-decision':
      return {
        action,
        body: {
          outcome: (v.outcome ?? 'UPHELD') as ReviewOutcome,
          note: v.note?.trim() ?? '',
          unitMeasures: v.outcome === 'CHANGED' ? (v.unitMeasures ?? []) : undefined,
          individualMeasures: v.outcome === 'CHANGED' ? (v.individualMeasures ?? []) : undefined,
          overrideReason,
        },
      };
    case 'appeal-decision':
      return {
        action,
        body: {
          outcome: (v.outcome ?? 'UPHELD') as AppealOutcome,
          note: v.note?.trim() ?? '',
          overrideReason,
        },
      };
  }
}

/** Steps whose request takes an override reason for a passed deadline. */
const OVERRIDABLE = new Set<CaseStepAction>([
  'investigate',
  'execute',
  'close',
  'statement',
  'decide',
  'dismiss',
  'review-request',
  'appeal',
  'review-decision',
  'appeal-decision',
]);

/**
 * The small form of one step, as a modal (or inline, for the subject's statement). A 409
 * DEADLINE_PASSED shows the problem's detail and asks for an override reason to retry.
 */
export function StepForm({
  c,
  action,
  onDone,
  inline = false,
}: {
  c: AccountabilityCase;
  action: CaseStepAction;
  onDone?: () => void;
  inline?: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const { pickerFormat } = useFormat();
  const [form] = Form.useForm<StepValues>();
  const step = useCaseStep(c.id);
  const [late, setLate] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const outcome = Form.useWatch('outcome', form);
  const label = enumLabel(t, 'caseAction', action);
  const required = (field: string) => [
    { required: true, whitespace: true, message: t('case.required', { field }) },
  ];
  const orgSubject = !!c.subjectOrgId && c.subjectType !== 'PERSON';
  const personSubject = !!c.subjectPerson;

  const onFinish = (v: StepValues) =>
    step.mutate(toCall(action, v), {
      onSuccess: () => {
        void message.success(t('case.done', { action: label }));
        form.resetFields();
        setLate(null);
        onDone?.();
      },
      onError: (e) => {
        if (e instanceof ApiError && e.code === 'DEADLINE_PASSED' && OVERRIDABLE.has(action)) {
          setLate(e.detail ?? e.message);
          return;
        }
        onError(e, form);
      },
    });

  const measures = (
    <>
      {orgSubject && (
        <Form.Item name="unitMeasures" label={t('case.unitMeasures')}>
          <Checkbox.Group
            options={UNIT_MEASURES.map((m) => ({
              value: m,
              label: enumLabel(t, 'unitMeasure', m),
            }))}
          />
        </Form.Item>
      )}
      {personSubject && (
        <Form.Item name="individualMeasures" label={t('case.individualMeasures')}>
          <Checkbox.Group
            options={INDIVIDUAL_MEASURES.map((m) => ({
              value: m,
              label: enumLabel(t, 'individualMeasure', m),
            }))}
          />
        </Form.Item>
      )}
    </>
  );

  const fields = (() => {
    switch (action) {
      case 'investigate':
      case 'execute':
      case 'close':
        return (
          <Form.Item name="note" label={t('case.note')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
          </Form.Item>
        );
      case 'notify':
        return (
          <>
            <Form.Item name="note" label={t('case.noticeNote')}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
            </Form.Item>
            <Form.Item name="statementDueOn" label={t('case.statementDueOn')}>
              <DatePicker format={pickerFormat} />
            </Form.Item>
          </>
        );
      case 'statement':
        return (
          <>
            <Form.Item
              name="text"
              label={t('case.statementText')}
              rules={required(t('case.statementText'))}
            >
              <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} maxLength={20000} />
            </Form.Item>
            <Form.Item name="attachmentIds" label={t('case.statementFiles')}>
              <AttachmentUpload onBusyChange={setUploading} />
            </Form.Item>
          </>
        );
      case 'decide':
        return (
          <>
            {measures}
            <Form.Item
              name="decisionText"
              label={t('case.decisionText')}
              rules={required(t('case.decisionText'))}
            >
              <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} maxLength={20000} />
            </Form.Item>
            <Form.Item name="basis" label={t('case.basis')} rules={required(t('case.basis'))}>
              <Input maxLength={2000} />
            </Form.Item>
            <Space size={24} wrap>
              <Form.Item
                name="effectiveOn"
                label={t('case.effectiveOn')}
                rules={[
                  { required: true, message: t('case.required', { field: t('case.effectiveOn') }) },
                ]}
              >
                <DatePicker format={pickerFormat} />
              </Form.Item>
              <Form.Item name="publication" label={t('case.publication')}>
                <Radio.Group
                  optionType="button"
                  options={PUBLICATIONS.map((p) => ({
                    value: p,
                    label: enumLabel(t, 'publication', p),
                  }))}
                />
              </Form.Item>
            </Space>
          </>
        );
      case 'dismiss':
      case 'review-request':
      case 'appeal': {
        const field = action === 'dismiss' ? t('case.dismissReason') : t('case.reason');
        return (
          <Form.Item name="reason" label={field} rules={required(field)}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
          </Form.Item>
        );
      }
      case 'review-decision':
      case 'appeal-decision': {
        const group = action === 'review-decision' ? 'reviewOutcome' : 'appealOutcome';
        const values =
          action === 'review-decision' ? ['UPHELD', 'CHANGED', 'REVOKED'] : ['UPHELD', 'CORRECTED'];
        const note = action === 'review-decision' ? t('case.reviewNote') : t('case.appealNote');
        return (
          <>
            <Form.Item name="outcome" label={t('case.outcome')}>
              <Radio.Group
                options={values.map((v) => ({ value: v, label: enumLabel(t, group, v) }))}
              />
            </Form.Item>
            {action === 'review-decision' && outcome === 'CHANGED' && measures}
            <Form.Item name="note" label={note} rules={required(note)}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
            </Form.Item>
          </>
        );
      }
    }
  })();

  const body = (
    <Form<StepValues>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      data-testid={`step-form-${action}`}
      initialValues={{
        publication: 'NONE',
        effectiveOn: dayjs(),
        outcome: 'UPHELD',
        attachmentIds: [],
        unitMeasures: [],
        individualMeasures: [],
      }}
    >
      {fields}
      {late !== null && (
        <>
          <Alert
            type="warning"
            showIcon
            title={t('case.overrideTitle')}
            description={late}
            style={{ marginBottom: 16 }}
            data-testid="deadline-passed"
          />
          <Form.Item
            name="overrideReason"
            label={t('case.overrideReason')}
            extra={t('case.overrideHint')}
            rules={[{ required: true, whitespace: true, message: t('case.overrideRequired') }]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} autoFocus />
          </Form.Item>
        </>
      )}
      {inline && (
        <Button
          type="primary"
          htmlType="submit"
          icon={<SendOutlined />}
          loading={step.isPending}
          disabled={uploading}
          data-action={action}
        >
          {label}
        </Button>
      )}
    </Form>
  );

  if (inline) return body;
  return (
    <Modal
      open
      width={action === 'decide' ? 720 : 560}
      title={label}
      okText={label}
      okButtonProps={{ danger: action === 'dismiss', disabled: uploading }}
      cancelText={t('common.cancel')}
      onCancel={onDone}
      onOk={() => form.submit()}
      confirmLoading={step.isPending}
      destroyOnHidden
    >
      {body}
    </Modal>
  );
}
