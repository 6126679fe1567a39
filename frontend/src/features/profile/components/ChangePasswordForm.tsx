import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../../../lib/api/errors';
import { passwordRules } from '../../../lib/passwordRules';
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
      <Form.Item
        name="newPassword"
        label={t('me.newPassword')}
        extra={t('user.passwordRule')}
        rules={passwordRules(t, t('me.newPassword'), () => me?.username)}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('me.confirmPassword')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('common.required', { field: t('me.confirmPassword') }) },
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
      <Button type="primary" htmlType="submit" loading={change.isPending}>
        {t('me.submit')}
      </Button>
    </Form>
  );
}
