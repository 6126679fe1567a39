import { Form, Input, Modal, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';

export type ReasonForm = FormInstance<{ reason: string }>;

/**
 * A small dialog asking for the reason of a sending-back step (return a task or a report, reopen a
 * finding). `onSubmit` gets the trimmed reason and the form, so server field errors land on it.
 */
export function ReasonModal({
  title,
  okText,
  label,
  requiredMessage,
  pending,
  onSubmit,
  onClose,
}: {
  title: string;
  okText: string;
  label: string;
  requiredMessage: string;
  pending: boolean;
  onSubmit: (reason: string, form: ReasonForm) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open
      title={title}
      okText={okText}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={pending}
    >
      <Form form={form} layout="vertical" onFinish={({ reason }) => onSubmit(reason.trim(), form)}>
        <Form.Item
          name="reason"
          label={label}
          rules={[{ required: true, whitespace: true, message: requiredMessage }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={1000} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
