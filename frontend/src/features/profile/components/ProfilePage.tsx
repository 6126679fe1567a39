import { Card, Col, Descriptions, Row, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { enumLabel } from '../../../lib/enums';
import { useMe } from '../../auth/api/session';
import { ChangePasswordForm } from './ChangePasswordForm';

export function ProfilePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!me) return null;
  return (
    <>
      <PageHeader title={t('me.title')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('me.profile')}>
            <Descriptions column={1} bordered size="middle">
              <Descriptions.Item label={t('me.username')}>{me.username}</Descriptions.Item>
              <Descriptions.Item label={t('me.displayName')}>{me.displayName}</Descriptions.Item>
              <Descriptions.Item label={t('me.roles')}>
                <Space wrap>
                  {(me.roles ?? []).map((r) => (
                    <Tag key={r} color="geekblue">
                      {enumLabel(t, 'role', r)}
                    </Tag>
                  ))}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('me.organization')}>
                {me.organization?.name}
              </Descriptions.Item>
              <Descriptions.Item label={t('me.organizationType')}>
                {enumLabel(t, 'orgType', me.organization?.type)}
              </Descriptions.Item>
              <Descriptions.Item label={t('me.organizationCode')}>
                {me.organization?.code}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('me.changePassword')}>
            <ChangePasswordForm />
          </Card>
        </Col>
      </Row>
    </>
  );
}
