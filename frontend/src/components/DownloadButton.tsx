import { useId, useState, type ReactNode } from 'react';
import { App, Button, type ButtonProps } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../lib/api/errors';

/**
 * A button that fetches a file (an export, a .docx) and saves it. While the server works — an
 * export of thousands of rows takes a while — the button spins and a message says so; a failure
 * shows the problem's detail.
 */
export function DownloadButton({
  label,
  run,
  icon = <DownloadOutlined />,
  ...buttonProps
}: {
  label: ReactNode;
  run: () => Promise<unknown>;
  icon?: ReactNode;
} & Omit<ButtonProps, 'onClick' | 'loading' | 'icon' | 'children'> &
  Record<`data-${string}`, string>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const key = useId();
  const [running, setRunning] = useState(false);

  const start = () => {
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

  return (
    <Button {...buttonProps} icon={icon} loading={running} aria-busy={running} onClick={start}>
      {label}
    </Button>
  );
}
