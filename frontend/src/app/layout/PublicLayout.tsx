import { Suspense } from 'react';
import { Flex, Layout, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { FullPageSpin } from '../../components/FullPageSpin';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useSignedIn } from '../../lib/auth/session';
import { AppLayout } from './AppLayout';

/** The frame of a page anyone may read, for visitors who have not signed in. */
function PublicLayout() {
  const { t } = useTranslation();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="app-header">
        <Flex align="center" gap={10}>
          <SafetyCertificateOutlined style={{ fontSize: 22, color: '#1f5fbf' }} />
          <Typography.Text strong style={{ fontSize: 16 }}>
            {t('app.name')} · {t('app.subtitle')}
          </Typography.Text>
        </Flex>
        <Flex align="center" gap={16}>
          <LanguageSwitch size="small" />
          <Link to="/login">{t('publicDecisions.signIn')}</Link>
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1100, width: '100%', margin: '0 auto' }}>
        <Suspense fallback={<FullPageSpin />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
      <Layout.Footer className="app-footer">{t('app.footer')}</Layout.Footer>
    </Layout>
  );
}

/**
 * Public pages (问责决定公开): inside the app's shell, with its menu, for someone signed in; in a
 * plain frame with a sign-in link for everyone else.
 */
export function PublicOrShell() {
  return useSignedIn() ? <AppLayout /> : <PublicLayout />;
}
