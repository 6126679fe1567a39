import { App, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../api/types';
import { NewPasswordFields } from '../../../components/NewPasswordFields';
import { useApiErrorHandler } from '../../../lib/api/errors';
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
        <NewPasswordFields
          label={t('user.newPassword')}
          confirmLabel={t('user.confirmPassword')}
          username={() => user.username}
        />
      </Form>
    </Modal>
  );
}
