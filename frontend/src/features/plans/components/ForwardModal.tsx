import { App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../api/types';
import { useApiErrorHandler } from '../../../lib/api/errors';
import { toApiDate, useFormat } from '../../../lib/format';
import { useMe } from '../../auth/api/session';
import { OrgTreeSelect } from '../../organizations/components/OrgTreeSelect';
import { useForwardPlan } from '../api/plans';

type Values = {
  documentNumber: string;
  recipientOrgIds: number[];
  instructions?: string;
  dueDate?: Dayjs | null;
};

/** 转发: a cover notice to organisations below the caller's own; each gets an acknowledgement task. */
export function ForwardModal({
  plan,
  onClose,
  onDone,
}: {
  plan: Plan;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { pickerFormat } = useFormat();
  const { data: me } = useMe();
  const [form] = Form.useForm<Values>();
  const onError = useApiErrorHandler();
  const forward = useForwardPlan();

  const onFinish = (v: Values) =>
    forward.mutate(
      {
        planId: plan.id,
        body: {
          documentNumber: v.documentNumber.trim(),
          recipientOrgIds: v.recipientOrgIds,
          instructions: v.instructions?.trim() || undefined,
          dueDate: toApiDate(v.dueDate),
        },
      },
      {
        onSuccess: () => {
          void message.success(t('forwarding.created'));
          onDone();
        },
        onError: (e) => onError(e, form),
      },
    );

  return (
    <Modal
      open
      title={t('forwarding.modalTitle')}
      okText={t('plan.forward')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={forward.isPending}
      width={620}
    >
      <Typography.Paragraph type="secondary">{plan.title}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="documentNumber"
          label={t('forwarding.documentNumber')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('forwarding.documentNumber') }),
            },
          ]}
        >
          <Input maxLength={100} placeholder={t('forwarding.documentNumberPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="recipientOrgIds"
          label={t('forwarding.recipients')}
          rules={[
            {
              required: true,
              type: 'array',
              min: 1,
              message: t('common.select', { field: t('forwarding.recipients') }),
            },
          ]}
        >
          <OrgTreeSelect
            multiple
            omitId={me?.organization.id}
            placeholder={t('common.select', { field: t('forwarding.recipients') })}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item name="instructions" label={t('forwarding.instructions')}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 5 }}
            maxLength={5000}
            placeholder={t('forwarding.instructionsPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="dueDate" label={t('forwarding.dueDate')}>
          <DatePicker format={pickerFormat} style={{ width: 220 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
