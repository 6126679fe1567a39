import { useId, useState } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from './api/errors';

/**
 * Runs a download (an export, a .docx): while the server works — an export of thousands of rows
 * takes a while — `running` is true and a message says so; a failure shows the problem's detail.
 */
export function useDownload() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const key = useId();
  const [running, setRunning] = useState(false);
  const start = (run: () => Promise<unknown>) => {
    setRunning(true);
    void message.loading({ key, content: t('common.downloadRunning'), duration: 0 });
    run()
      .then(
        () => void message.success({ key, content: t('common.downloadDone'), duration: 2 }),
        (e: unknown) => {
          message.destroy(key);
          onError(e);
        },
      )
      .finally(() => setRunning(false));
  };
  return { running, start };
}
