import { useState } from 'react';
import { Button, Form, Space, Table, Tag, Tooltip, type TableProps } from 'antd';
import { EditOutlined, KeyOutlined, PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Role, User } from '../../../api/types';
import { EnumFilter, KeywordFilter } from '../../../components/ListFilters';
import { ListPage } from '../../../components/ListPage';
import { ALL_ROLES, enumLabel } from '../../../lib/enums';
import { useFormat } from '../../../lib/format';
import { toListChange } from '../../../lib/list/listState';
import { useListState } from '../../../lib/list/useListState';
import { OrgTreeSelect } from '../../organizations/components/OrgTreeSelect';
import { useUsers } from '../api/users';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserFormModal } from './UserFormModal';

type Filters = { q?: string; role?: Role; organizationId?: number };

const FILTERS = { q: 'string', role: ALL_ROLES, organizationId: 'int' } as const;
const DEFAULTS = { sort: 'username,asc' };

export function UsersPage() {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const list = useListState(FILTERS, DEFAULTS);
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const users = useUsers(list.query);

  const columns: TableProps<User>['columns'] = [
    {
      title: t('user.username'),
      dataIndex: 'username',
      key: 'username',
      sorter: true,
      sortOrder: list.sortOrder('username'),
    },
    {
      title: t('user.displayName'),
      dataIndex: 'displayName',
      key: 'displayName',
      sorter: true,
      sortOrder: list.sortOrder('displayName'),
    },
    {
      title: t('user.roles'),
      dataIndex: 'roles',
      key: 'roles',
      render: (roles: Role[] | undefined, u) => (
        <Space wrap size={[4, 4]}>
          {(roles ?? []).map((r) => (
            <Tag key={r} color={r === 'ADMIN' ? 'red' : 'geekblue'}>
              {enumLabel(t, 'role', r)}
            </Tag>
          ))}
          {(u.roleMisfits?.length ?? 0) > 0 && (
            <Tooltip
              title={t('user.misfitHint', {
                roles: (u.roleMisfits ?? []).map((r) => enumLabel(t, 'role', r)).join('、'),
              })}
            >
              <Tag color="error" icon={<WarningOutlined />} data-testid="role-misfit">
                {t('user.misfit')}
              </Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    { title: t('user.organization'), dataIndex: 'organizationName', key: 'organizationName' },
    {
      title: t('user.active'),
      dataIndex: 'active',
      key: 'active',
      width: 90,
      render: (active: boolean | undefined) =>
        active ? <Tag color="success">{t('user.enabled')}</Tag> : <Tag>{t('user.disabled')}</Tag>,
    },
    {
      title: t('user.createdAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      sorter: true,
      sortOrder: list.sortOrder('createdAt'),
      render: (v: string | undefined) => dateTime(v),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 200,
      render: (_, u) => (
        <Space size={0}>
          <Button type="link" icon={<EditOutlined />} onClick={() => setEditing(u)}>
            {t('common.edit')}
          </Button>
          <Button type="link" icon={<KeyOutlined />} onClick={() => setResetting(u)}>
            {t('user.resetPassword')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <ListPage<Filters>
        title={t('user.title')}
        actions={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('user.createTitle')}
          </Button>
        }
        filters={{
          values: list.filters,
          onApply: ({ q, ...f }) => list.setFilters({ ...f, q: q?.trim() || undefined }),
          children: (
            <>
              <KeywordFilter label={t('user.keyword')} placeholder={t('user.keywordPlaceholder')} />
              <EnumFilter
                name="role"
                label={t('user.roles')}
                placeholder={t('user.allRoles')}
                width={180}
                values={ALL_ROLES}
                group="role"
              />
              <Form.Item name="organizationId" label={t('user.organization')}>
                <OrgTreeSelect placeholder={t('user.allOrgs')} style={{ width: 240 }} />
              </Form.Item>
            </>
          ),
        }}
        error={users.error}
      >
        <Table<User>
          rowKey={(u) => u.id ?? u.username ?? ''}
          columns={columns}
          dataSource={users.data?.items ?? []}
          loading={users.isFetching}
          onChange={(p, _f, sorter) => list.onTableChange(toListChange(p, sorter))}
          scroll={{ x: 960 }}
          pagination={list.pagination(users.data?.total)}
        />
      </ListPage>
      {editing && (
        <UserFormModal
          user={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {resetting && <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />}
    </>
  );
}
