import { useState } from 'react';
import { Button, Form, Popconfirm, Space, Table, Tag, Tooltip, type TableProps } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Appointment, AppointmentStatus } from '../../../api/types';
import { EnumFilter, KeywordFilter } from '../../../components/ListFilters';
import { ListPage } from '../../../components/ListPage';
import { useApiErrorHandler } from '../../../lib/api/errors';
import { enumLabel } from '../../../lib/enums';
import { sortOrderOf, toListChange } from '../../../lib/list/listState';
import { useListState } from '../../../lib/list/useListState';
import { OrgTreeSelect } from '../../organizations/components/OrgTreeSelect';
import { useAppointments, useDeleteAppointment } from '../api/supervision';
import { AppointmentFormModal } from './AppointmentFormModal';

type Filters = { q?: string; status?: AppointmentStatus; withinOrgId?: number };

const APPOINTMENT_STATUSES = ['ACTIVE', 'SUSPENDED', 'ENDED'] as const;
const FILTERS = { q: 'string', status: APPOINTMENT_STATUSES, withinOrgId: 'int' } as const;
const DEFAULTS = { sort: 'zone,asc' };
const STATUS_COLORS: Record<AppointmentStatus, string> = {
  ACTIVE: 'success',
  SUSPENDED: 'warning',
  ENDED: 'default',
};

/** 督学聘任: the responsibility supervisors appointed to the zones of the caller's subtree. */
export function AppointmentsPage() {
  const { t } = useTranslation();
  const list = useListState(FILTERS, DEFAULTS);
  const [editing, setEditing] = useState<Appointment | 'new' | null>(null);
  const appointments = useAppointments(list.query);
  const remove = useDeleteAppointment();
  const onError = useApiErrorHandler();

  const columns: TableProps<Appointment>['columns'] = [
    {
      title: t('supervision.supervisor'),
      dataIndex: 'userDisplayName',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf(list.sort, 'name'),
    },
    { title: t('supervision.ownOrganization'), dataIndex: 'userOrgName', key: 'userOrgName' },
    {
      title: t('supervision.zone'),
      dataIndex: 'zoneName',
      key: 'zone',
      sorter: true,
      sortOrder: sortOrderOf(list.sort, 'zone'),
    },
    {
      title: t('supervision.term'),
      key: 'termEnd',
      sorter: true,
      sortOrder: sortOrderOf(list.sort, 'termEnd'),
      render: (_, a) => `${a.termStart} ~ ${a.termEnd}`,
    },
    { title: t('supervision.certificateNo'), dataIndex: 'certificateNo', key: 'certificateNo' },
    {
      title: t('supervision.employment'),
      dataIndex: 'employment',
      key: 'employment',
      render: (e: Appointment['employment']) => enumLabel(t, 'employment', e),
    },
    {
      title: t('supervision.status'),
      dataIndex: 'status',
      key: 'status',
      render: (s: AppointmentStatus) => (
        <Tag color={STATUS_COLORS[s]}>{enumLabel(t, 'appointmentStatus', s)}</Tag>
      ),
    },
    {
      title: t('supervision.schools'),
      key: 'schoolCount',
      render: (_, a) =>
        a.overLimit ? (
          <Tooltip title={t('supervision.overLimit', { limit: a.schoolLimit })}>
            <Tag color="warning" icon={<WarningOutlined />} data-testid="over-limit">
              {a.schoolCount} / {a.schoolLimit}
            </Tag>
          </Tooltip>
        ) : (
          `${a.schoolCount} / ${a.schoolLimit}`
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 170,
      render: (_, a) => (
        <Space size={0}>
          <Button type="link" icon={<EditOutlined />} onClick={() => setEditing(a)}>
            {t('common.edit')}
          </Button>
          <Popconfirm
            title={t('supervision.deleteConfirm')}
            onConfirm={() => remove.mutate(a.id, { onError: (e: unknown) => onError(e) })}
          >
            <Button type="link" danger icon={<DeleteOutlined />}>
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <>
      <ListPage<Filters>
        title={t('supervision.appointmentsTitle')}
        actions={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('supervision.newAppointment')}
          </Button>
        }
        filters={{
          values: list.filters,
          onApply: ({ q, ...f }) => list.setFilters({ ...f, q: q?.trim() || undefined }),
          children: (
            <>
              <KeywordFilter label={t('supervision.keyword')} />
              <EnumFilter
                name="status"
                label={t('supervision.status')}
                placeholder={t('task.allStatuses')}
                width={140}
                values={APPOINTMENT_STATUSES}
                group="appointmentStatus"
              />
              <Form.Item name="withinOrgId" label={t('supervision.within')}>
                <OrgTreeSelect style={{ width: 200 }} />
              </Form.Item>
            </>
          ),
        }}
        error={appointments.error}
      >
        <Table<Appointment>
          rowKey="id"
          columns={columns}
          dataSource={appointments.data?.items}
          loading={appointments.isFetching}
          onChange={(p, _f, sorter) => list.onTableChange(toListChange(p, sorter))}
          pagination={list.pagination(appointments.data?.total)}
        />
      </ListPage>
      {editing && (
        <AppointmentFormModal
          appointment={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
