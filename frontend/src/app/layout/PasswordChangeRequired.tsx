import { Button, Card, Flex, Typography } from 'antd';
import { LogoutOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogout } from '../../features/auth/api/session';
import { ChangePasswordForm } from '../../features/profile/components/ChangePasswordForm';

/**
 * Shown instead of everything else while the signed-in user still has a generated or reset
 * password: the server answers nothing but /me and the password change until it is changed.
 */
export function PasswordChangeRequired() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  return (
    <Flex align="center" justify="center" style={{ minHeight: '80vh', padding: 24 }}>
      <Card
        title={t('me.mustChangeTitle')}
        style={{ width: 480, maxWidth: '100%' }}
        data-testid="password-change-required"
        extra={
          <Button
            type="text"
            icon={<LogoutOutlined />}
            loading={logout.isPending}
            onClick={() =>
              logout.mutate(undefined, {
                onSettled: () => void navigate('/login', { replace: true }),
              })
            }
          >
            {t('nav.logout')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">{t('me.mustChangeHint')}</Typography.Paragraph>
        <ChangePasswordForm />
      </Card>
    </Flex>
  );
}
