import { useCallback } from 'react';
import { App, type FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from './problem';
import { applyProblemToForm } from './formErrors';

/** The sentence to show a person for a failed call. */
export function describeError(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.isVersionConflict) return t('common.conflict');
    if (error.status >= 500) return t('common.serverError');
    return error.detail ?? error.title ?? error.message;
  }
  if (error instanceof TypeError) return t('common.networkError');
  return t('common.serverError');
}

/**
 * Shows the problem's `detail` as a message and, given a form, puts `errors[].field` messages on
 * the matching fields.
 */
export function useApiErrorHandler() {
  const { message } = App.useApp();
  const { t } = useTranslation();
  return useCallback(
    (error: unknown, form?: FormInstance) => {
      if (form) applyProblemToForm(form, error);
      void message.error(describeError(t, error));
    },
    [message, t],
  );
}
