import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { DemoBanner } from '../../../components/DemoBanner';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import { describeError } from '../../../lib/api/errors';
import { applyProblemToForm } from '../../../lib/api/formErrors';
import { ApiError } from '../../../lib/api/problem';
import { safeRedirect, useSignedIn } from '../../../lib/auth/session';
import { tokenStore } from '../../../lib/auth/tokenStore';
import { useLogin, type LoginBody } from '../api/session';
import './login.css';

export function LoginPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginBody>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const signedIn = useSignedIn();
  const login = useLogin();
  const [error, setError] = useState<string | null>(null);
  const redirect = safeRedirect(params.get('redirect'));
  const expired = params.has('redirect') && tokenStore.clearReason === 'expired';

  if (signedIn && !login.isPending) return <Navigate to={redirect} replace />;

  const onFinish = (values: LoginBody) => {
    setError(null);
    login.mutate(values, {
      onSuccess: () => {
        void navigate(redirect, { replace: true });
      },
      onError: (e) => {
        applyProblemToForm(form, e);
        if (e instanceof ApiError && e.status === 429 && !e.detail && e.retryAfterSeconds) {
          setError(t('login.tooMany', { seconds: e.retryAfterSeconds }));
        } else {
          setError(describeError(t, e));
        }
      },
    });
  };

  return (
    <div className="login-page">
      <div className="login-lang">
        <LanguageSwitch />
      </div>
      <section className="login-brand" aria-hidden="true">
        <div className="login-brand-inner">
          <div className="login-logo">
            <SafetyCertificateOutlined />
          </div>
          <h1 className="login-brand-title">{t('app.name')}</h1>
          <p className="login-brand-subtitle">{t('app.subtitle')}</p>
          <p className="login-brand-slogan">{t('login.slogan')}</p>
          <p className="login-brand-features">{t('login.features')}</p>
        </div>
      </section>
      <main className="login-main">
        <Card className="login-card" variant="borderless">
          <div className="login-card-head">
            <Typography.Title level={2} className="login-title">
              {t('app.name')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('app.subtitle')}</Typography.Text>
          </div>
          <Typography.Title level={3} className="login-form-title">
            {t('login.title')}
          </Typography.Title>
          <DemoBanner />
          {error ? (
            <Alert className="login-alert" type="error" showIcon title={error} role="alert" />
          ) : expired ? (
            <Alert className="login-alert" type="warning" showIcon title={t('login.expired')} />
          ) : null}
          <Form<LoginBody>
            form={form}
            layout="vertical"
            size="large"
            requiredMark={false}
            onFinish={onFinish}
            autoComplete="on"
          >
            <Form.Item
              label={t('login.username')}
              name="username"
              rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
            >
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item
              label={t('login.password')}
              name="password"
              rules={[{ required: true, message: t('login.passwordRequired') }]}
            >
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={login.isPending}>
              {t('login.submit')}
            </Button>
          </Form>
        </Card>
        <footer className="login-footer">{t('app.footer')}</footer>
      </main>
    </div>
  );
}
