import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';

/** How many of upper case, lower case, digits and symbols a password uses (as the server counts them). */
export function characterClasses(password: string): number {
  const kinds = new Set<string>();
  for (const c of password) {
    if (c !== c.toLowerCase()) kinds.add('upper');
    else if (c !== c.toUpperCase()) kinds.add('lower');
    else if (/\d/.test(c)) kinds.add('digit');
    else if (!/\s/.test(c)) kinds.add('symbol');
  }
  return kinds.size;
}

/**
 * The server's password policy, checked early: at least 8 characters from three of the four
 * character classes, not the username (the last five passwords only the server knows).
 */
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
        value && value.length >= 8 && characterClasses(value) < 3
          ? Promise.reject(new Error(t('user.passwordClasses')))
          : Promise.resolve(),
    },
    {
      validator: (_, value: string | undefined) =>
        value && username() && value === username()
          ? Promise.reject(new Error(t('user.passwordIsUsername')))
          : Promise.resolve(),
    },
  ];
}
