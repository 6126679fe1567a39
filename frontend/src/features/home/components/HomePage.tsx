import { Card, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import {
  ApartmentOutlined,
  AuditOutlined,
  CarryOutOutlined,
  FileTextOutlined,
  ScheduleOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/format';
import { canManageUsers, canReadAudit, canSeeDashboard, enumLabel } from '../../../lib/enums';
import { useMe } from '../../auth/api/session';
import { DashboardSummary } from '../../dashboard/components/DashboardSummary';
import { InboxCard } from '../../inbox/components/InboxCard';

export function HomePage() {
  const { t } = useTranslation();
  const { longDate } = useFormat();
  const { data: me } = useMe();
  if (!me) return null;
  const roles = me.roles ?? [];

  const shortcuts = [
    { to: '/plans', icon: <FileTextOutlined />, label: t('nav.plans'), show: true },
    { to: '/my-tasks', icon: <CarryOutOutlined />, label: t('nav.myTasks'), show: true },
    { to: '/tasks', icon: <ScheduleOutlined />, label: t('nav.tasks'), show: true },
    {
      to: '/organizations',
      icon: <ApartmentOutlined />,
      label: t('nav.organizations'),
      show: true,
    },
    { to: '/users', icon: <TeamOutlined />, label: t('nav.users'), show: canManageUsers(roles) },
    { to: '/audit', icon: <AuditOutlined />, label: t('nav.audit'), show: canReadAudit(roles) },
    { to: '/me', icon: <UserOutlined />, label: t('nav.me'), show: true },
  ].filter((s) => s.show);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card className="home-welcome">
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('home.greeting', { name: me.displayName ?? me.username })}
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {t('home.today', { date: longDate(new Date()) })}
        </Typography.Paragraph>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('home.org')}>
            <Space>
              {me.organization?.name}
              {me.organization?.type && (
                <Tag color="blue">{enumLabel(t, 'orgType', me.organization.type)}</Tag>
              )}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('home.roles')}>
            <Space wrap>
              {roles.map((r) => (
                <Tag key={r} color="geekblue">
                  {enumLabel(t, 'role', r)}
                </Tag>
              ))}
            </Space>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('home.quick')}>
        <Flex wrap gap={16}>
          {shortcuts.map((s) => (
            <Link key={s.to} to={s.to} className="home-shortcut">
              <Card hoverable size="small" style={{ textAlign: 'center' }}>
                <div style={{ fontSize: 28, color: '#1f5fbf' }}>{s.icon}</div>
                <div style={{ marginTop: 8 }}>{s.label}</div>
              </Card>
            </Link>
          ))}
        </Flex>
      </Card>
      {canSeeDashboard(roles) && <DashboardSummary />}
      <InboxCard />
    </Space>
  );
}
