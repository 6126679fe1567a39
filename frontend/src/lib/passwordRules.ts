import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';

/** The server's password policy, checked early: at least 8 characters, not the username. */
export function passwordRules(
  t: TFunction,
  field: string,
  username: () => string | undefined,
): FormRule[] {
  return [
    { required: true, message: t('common.required', { field }) },
    { min: 8, message: t('user.passwordTooShort') },
    {
      validator: (_, value: string | undefined) =>
        value && username() && value === username()
          ? Promise.reject(new Error(t('user.passwordIsUsername')))
          : Promise.resolve(),
    },
  ];
}
