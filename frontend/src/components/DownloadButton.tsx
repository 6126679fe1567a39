import type { ReactNode } from 'react';
import { Button, type ButtonProps } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useDownload } from '../lib/useDownload';

/**
 * A button that fetches a file and saves it, spinning while it runs (see `useDownload`).
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
  const { running, start } = useDownload();
  return (
    <Button
      {...buttonProps}
      icon={icon}
      loading={running}
      aria-busy={running}
      onClick={() => start(run)}
    >
      {label}
    </Button>
  );
}
