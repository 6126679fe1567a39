import { useCallback } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatFileSize } from './format';
import { isTooLarge } from './upload';

/**
 * Checks a chosen file against the server's limit before anything is sent: answers false (and
 * says why, with both sizes) when it is too large.
 */
export function useFileLimit() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return useCallback(
    (file: File, limit: number): boolean => {
      if (!isTooLarge(file, limit)) return true;
      void message.error(
        t('upload.tooLarge', {
          name: file.name,
          size: formatFileSize(file.size),
          limit: formatFileSize(limit),
        }),
      );
      return false;
    },
    [message, t],
  );
}
