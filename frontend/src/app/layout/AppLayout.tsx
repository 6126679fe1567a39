import { Suspense, useState } from 'react';
import { Avatar, Button, Dropdown, Flex, Layout, Menu, Result, Tag, Typography } from 'antd';
import {
  BankOutlined,
  LogoutOutlined,
  SafetyCertificateOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { DemoBanner } from '../../components/DemoBanner';
import { FullPageSpin } from '../../components/FullPageSpin';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useLogout, useMe } from '../../features/auth/api/session';
import { InboxCount } from '../../features/inbox/components/InboxCount';
import { NotificationBell } from '../../features/notifications/components/NotificationBell';
import { describeError } from '../../lib/api/errors';
import { enumLabel } from '../../lib/enums';
import { PasswordChangeRequired } from './PasswordChangeRequired';
import './layout.css';
import { menuGroups, selectedMenuKey } from './menu';

const { Header, Sider, Content, Footer } = Layout;

export function AppLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const me = useMe();
  const logout = useLogout();
  const [collapsed, setCollapsed] = useState(false);

  if (me.isPending) return <FullPageSpin />;
  if (me.isError) {
    return (
      <Result
        status="error"
        title={describeError(t, me.error)}
        extra={
          <Button type="primary" onClick={() => void me.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }

  const user = me.data;
  if (user.mustChangePassword) {
    return (
      <>
        <DemoBanner />
        <PasswordChangeRequired />
      </>
    );
  }
  const roles = user.roles ?? [];
  const groups = menuGroups(t, roles);
  const selected = selectedMenuKey(
    groups.flatMap((g) => g.children.map((c) => c.key)),
    location.pathname,
    location.search,
  );

  const onLogout = () =>
    logout.mutate(undefined, {
      onSettled: () => void navigate('/login', { replace: true }),
    });

  return (
    <Layout className="app-shell">
      <Sider
        className="app-sider"
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        width={220}
        breakpoint="lg"
        theme="dark"
      >
        <div className="app-brand" title={t('app.subtitle')}>
          <SafetyCertificateOutlined className="app-brand-icon" />
          {!collapsed && (
            <div className="app-brand-text">
              <div className="app-brand-name">{t('app.name')}</div>
              <div className="app-brand-sub">{t('app.subtitle')}</div>
            </div>
          )}
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          defaultOpenKeys={groups.map((g) => g.key)}
          items={groups}
          onClick={({ key }) => void navigate(key)}
        />
      </Sider>
      <Layout>
        <DemoBanner />
        <Header className="app-header">
          <Flex align="center" gap={8} className="app-header-org">
            <BankOutlined />
            <Typography.Text strong data-testid="header-org">
              {user.organization?.name}
            </Typography.Text>
            {user.organization?.type && (
              <Tag color="blue" variant="filled">
                {enumLabel(t, 'orgType', user.organization.type)}
              </Tag>
            )}
          </Flex>
          <Flex align="center" gap={16}>
            <InboxCount />
            <NotificationBell />
            <LanguageSwitch size="small" />
            <Dropdown
              menu={{
                items: [
                  { key: 'me', icon: <UserOutlined />, label: t('nav.me') },
                  { type: 'divider' },
                  { key: 'logout', icon: <LogoutOutlined />, label: t('nav.logout') },
                ],
                onClick: ({ key }) => (key === 'logout' ? onLogout() : void navigate('/me')),
              }}
            >
              <Flex align="center" gap={8} className="app-user" data-testid="header-user">
                <Avatar size="small" style={{ backgroundColor: '#1f5fbf' }}>
                  {user.displayName?.slice(0, 1)}
                </Avatar>
                <span>{user.displayName}</span>
              </Flex>
            </Dropdown>
            <Button
              type="text"
              icon={<LogoutOutlined />}
              onClick={onLogout}
              loading={logout.isPending}
              aria-label={t('nav.logout')}
            >
              {t('nav.logout')}
            </Button>
          </Flex>
        </Header>
        <Content className="app-content">
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Content>
        <Footer className="app-footer">{t('app.footer')}</Footer>
      </Layout>
    </Layout>
  );
}
