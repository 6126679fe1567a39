import { Card, Col, Descriptions, Empty, Row, Space, Tag, Typography } from 'antd';
import { ApartmentOutlined, AuditOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/format';
import { canManageUsers, canReadAudit, enumLabel } from '../../../lib/enums';
import { useMe } from '../../auth/api/session';

export function HomePage() {
  const { t } = useTranslation();
  const { longDate } = useFormat();
  const { data: me } = useMe();
  if (!me) return null;
  const roles = me.roles ?? [];

  const shortcuts = [
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
        <Row gutter={[16, 16]}>
          {shortcuts.map((s) => (
            <Col key={s.to} xs={12} md={6}>
              <Link to={s.to}>
                <Card hoverable size="small" style={{ textAlign: 'center' }}>
                  <div style={{ fontSize: 28, color: '#1f5fbf' }}>{s.icon}</div>
                  <div style={{ marginTop: 8 }}>{s.label}</div>
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      </Card>
      <Card>
        <Empty description={t('home.placeholder')} />
      </Card>
    </Space>
  );
}
