import { App, Form, Input, Modal, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role, User } from '../../../api/types';
import { useApiErrorHandler } from '../../../lib/api/errors';
import { passwordRules } from '../../../lib/passwordRules';
import { OrgTreeSelect } from '../../organizations/components/OrgTreeSelect';
import { useCreateUser, useUpdateUser } from '../api/users';
import { RolePicker } from './RolePicker';

type Values = {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
  organizationId: number;
  active: boolean;
};

/** Create (user undefined) or edit a user. */
export function UserFormModal({ user, onClose }: { user?: User; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const onError = useApiErrorHandler();
  const create = useCreateUser();
  const update = useUpdateUser();
  const editing = user?.id !== undefined;

  const onFinish = (v: Values) => {
    const done = {
      onSuccess: () => {
        void message.success(editing ? t('user.updated') : t('user.created'));
        onClose();
      },
      onError: (e: unknown) => onError(e, form),
    };
    if (editing) {
      update.mutate(
        {
          id: user.id,
          body: {
            displayName: v.displayName.trim(),
            roles: v.roles,
            organizationId: v.organizationId,
            active: v.active,
            version: user.version ?? 0,
          },
        },
        done,
      );
    } else {
      create.mutate(
        {
          username: v.username.trim(),
          displayName: v.displayName.trim(),
          password: v.password,
          roles: v.roles,
          organizationId: v.organizationId,
          active: v.active,
        },
        done,
      );
    }
  };

  return (
    <Modal
      open
      title={editing ? t('user.editTitle') : t('user.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending || update.isPending}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={
          editing
            ? {
                username: user.username,
                displayName: user.displayName,
                roles: user.roles ?? [],
                organizationId: user.organizationId,
                active: user.active ?? true,
              }
            : { roles: [], active: true }
        }
      >
        <Form.Item
          name="username"
          label={t('user.username')}
          rules={[
            {
              required: !editing,
              whitespace: true,
              message: t('common.required', { field: t('user.username') }),
            },
          ]}
        >
          <Input disabled={editing} autoComplete="off" maxLength={50} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('user.displayName')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('user.displayName') }),
            },
          ]}
        >
          <Input maxLength={100} />
        </Form.Item>
        {!editing && (
          <Form.Item
            name="password"
            label={t('user.password')}
            extra={t('user.passwordRule')}
            dependencies={['username']}
            rules={passwordRules(
              t,
              t('user.password'),
              () => form.getFieldValue('username') as string,
            )}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        <Form.Item
          name="roles"
          label={t('user.roles')}
          rules={[
            {
              required: true,
              type: 'array',
              min: 1,
              message: t('common.select', { field: t('user.roles') }),
            },
          ]}
        >
          <RolePicker />
        </Form.Item>
        <Form.Item
          name="organizationId"
          label={t('user.organization')}
          rules={[
            { required: true, message: t('common.select', { field: t('user.organization') }) },
          ]}
        >
          <OrgTreeSelect style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="active" label={t('user.active')} valuePropName="checked">
          <Switch checkedChildren={t('user.enabled')} unCheckedChildren={t('user.disabled')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
