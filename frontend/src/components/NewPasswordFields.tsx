import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { passwordRules } from '../lib/passwordRules';

/**
 * A new password and its confirmation (fields `newPassword` and `confirmPassword`), held to the
 * server's password policy before sending: used where a password is changed and where it is reset.
 */
export function NewPasswordFields({
  label,
  confirmLabel,
  username,
}: {
  label: string;
  confirmLabel: string;
  username: () => string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="newPassword"
        label={label}
        extra={t('user.passwordRule')}
        rules={passwordRules(t, label, username)}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={confirmLabel}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('common.required', { field: confirmLabel }) },
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
    </>
  );
}
