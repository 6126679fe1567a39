import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { NewPasswordFields } from '../../../components/NewPasswordFields';
import { useApiErrorHandler } from '../../../lib/api/errors';
import { useMe } from '../../auth/api/session';
import { useChangePassword, type ChangePasswordBody } from '../api/changePassword';

type PasswordForm = ChangePasswordBody & { confirmPassword: string };

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordForm>();
  const { data: me } = useMe();
  const change = useChangePassword();
  const onError = useApiErrorHandler();

  const onFinish = ({ currentPassword, newPassword }: PasswordForm) =>
    change.mutate(
      { currentPassword, newPassword, username: me?.username ?? '' },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('me.changed'));
        },
        onError: (e) => onError(e, form),
      },
    );

  return (
    <Form<PasswordForm> form={form} layout="vertical" onFinish={onFinish} style={{ maxWidth: 420 }}>
      <Form.Item
        name="currentPassword"
        label={t('me.currentPassword')}
        rules={[
          { required: true, message: t('common.required', { field: t('me.currentPassword') }) },
        ]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <NewPasswordFields
        label={t('me.newPassword')}
        confirmLabel={t('me.confirmPassword')}
        username={() => me?.username}
      />
      <Button type="primary" htmlType="submit" loading={change.isPending}>
        {t('me.submit')}
      </Button>
    </Form>
  );
}
