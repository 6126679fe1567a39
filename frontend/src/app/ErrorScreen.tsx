import { Component, useEffect, useState, type ErrorInfo, type ReactNode } from 'react';
import { Button, Result, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { chunkLoaded, isChunkLoadError, reloadOnceForNewVersion } from '../lib/chunkReload';

function reloadPage() {
  // a reload asked for by hand may try the automatic one again
  chunkLoaded();
  globalThis.location.reload();
}

/** The app's own error page: Chinese, with a reload button, never a developer's stack trace. */
export function ErrorScreen({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const newVersion = isChunkLoadError(error);
  const [reloading] = useState(() => newVersion && reloadOnceForNewVersion());
  useEffect(() => {
    if (!newVersion) console.error(error);
  }, [error, newVersion]);
  if (reloading) return <Result status="info" title={t('errorScreen.newVersion')} />;
  return (
    <Result
      status={newVersion ? 'info' : 'error'}
      title={newVersion ? t('errorScreen.newVersion') : t('errorScreen.title')}
      subTitle={newVersion ? undefined : t('errorScreen.description')}
      data-testid="error-screen"
      extra={
        <Space>
          <Button type="primary" onClick={reloadPage} data-action="reload">
            {t('errorScreen.reload')}
          </Button>
          <Button href="/">{t('errorScreen.home')}</Button>
        </Space>
      }
    >
      {!newVersion && error instanceof Error && (
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t('errorScreen.details')}：{error.message}
        </Typography.Paragraph>
      )}
    </Result>
  );
}

/** The router's error element: a render error or a missing chunk in a page. */
export function RouteErrorScreen() {
  return <ErrorScreen error={useRouteError()} />;
}

/** Catches what happens outside the router (providers, the router itself). */
export class AppErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  render() {
    return this.state.error === undefined ? (
      this.props.children
    ) : (
      <ErrorScreen error={this.state.error} />
    );
  }
}
