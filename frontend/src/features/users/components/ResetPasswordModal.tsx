import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../api/types';
import { useApiErrorHandler } from '../../../lib/api/errors';
import { passwordRules } from '../../../lib/passwordRules';
import { useResetPassword } from '../api/users';

type Values = { newPassword: string; confirmPassword: string };

export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const reset = useResetPassword();
  const onError = useApiErrorHandler();

  const onFinish = ({ newPassword }: Values) =>
    reset.mutate(
      { id: user.id, body: { newPassword } },
      {
        onSuccess: () => {
          void message.success(t('user.passwordReset'));
          onClose();
        },
        onError: (e) => onError(e, form),
      },
    );

  return (
    <Modal
      open
      title={t('user.resetTitle', { name: user.displayName ?? user.username })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={reset.isPending}
    >
      <Form<Values> form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="newPassword"
          label={t('user.newPassword')}
          extra={t('user.passwordRule')}
          rules={passwordRules(t, t('user.newPassword'), () => user.username)}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('user.confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('common.required', { field: t('user.confirmPassword') }) },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || getFieldValue('newPassword') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('user.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
