import { useState } from 'react';
import {
  Button,
  Card,
  Form,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  type TableProps,
} from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Appointment, AppointmentQuery, AppointmentStatus } from '../../../api/types';
import { PageHeader } from '../../../components/PageHeader';
import { useApiErrorHandler } from '../../../lib/api/errors';
import { enumLabel } from '../../../lib/enums';
import { OrgTreeSelect } from '../../organizations/components/OrgTreeSelect';
import { useAppointments, useDeleteAppointment } from '../api/supervision';
import { AppointmentFormModal } from './AppointmentFormModal';

type Filters = { q?: string; status?: AppointmentStatus; withinOrgId?: number };

const PAGE_SIZE = 20;
const STATUS_COLORS: Record<AppointmentStatus, string> = {
  ACTIVE: 'success',
  SUSPENDED: 'warning',
  ENDED: 'default',
};

/** 督学聘任: the responsibility supervisors appointed to the zones of the caller's subtree. */
export function AppointmentsPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Filters>();
  const [query, setQuery] = useState<AppointmentQuery>({
    page: 0,
    size: PAGE_SIZE,
    sort: 'zone,asc',
  });
  const [editing, setEditing] = useState<Appointment | 'new' | null>(null);
  const appointments = useAppointments(query);
  const remove = useDeleteAppointment();
  const onError = useApiErrorHandler();

  const columns: TableProps<Appointment>['columns'] = [
    { title: t('supervision.supervisor'), dataIndex: 'userDisplayName', key: 'name', sorter: true },
    { title: t('supervision.ownOrganization'), dataIndex: 'userOrgName', key: 'userOrgName' },
    { title: t('supervision.zone'), dataIndex: 'zoneName', key: 'zone', sorter: true },
    {
      title: t('supervision.term'),
      key: 'termEnd',
      sorter: true,
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

  const onTableChange: TableProps<Appointment>['onChange'] = (pagination, _filters, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = typeof s?.columnKey === 'string' && s.order ? s.columnKey : undefined;
    setQuery((q) => ({
      ...q,
      page: (pagination.current ?? 1) - 1,
      size: pagination.pageSize ?? PAGE_SIZE,
      sort: field ? `${field},${s?.order === 'descend' ? 'desc' : 'asc'}` : 'zone,asc',
    }));
  };

  return (
    <>
      <PageHeader
        title={t('supervision.appointmentsTitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('supervision.newAppointment')}
          </Button>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Form<Filters>
          form={form}
          layout="inline"
          style={{ rowGap: 12 }}
          onFinish={(f) =>
            setQuery((q) => ({
              ...q,
              page: 0,
              q: f.q?.trim() || undefined,
              status: f.status,
              withinOrgId: f.withinOrgId,
            }))
          }
        >
          <Form.Item name="q" label={t('supervision.keyword')}>
            <Input allowClear />
          </Form.Item>
          <Form.Item name="status" label={t('supervision.status')}>
            <Select
              allowClear
              style={{ width: 140 }}
              options={(['ACTIVE', 'SUSPENDED', 'ENDED'] as const).map((s) => ({
                value: s,
                label: enumLabel(t, 'appointmentStatus', s),
              }))}
            />
          </Form.Item>
          <Form.Item name="withinOrgId" label={t('supervision.within')}>
            <OrgTreeSelect />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit">
              {t('common.search')}
            </Button>
          </Form.Item>
        </Form>
      </Card>
      <Table<Appointment>
        rowKey="id"
        columns={columns}
        dataSource={appointments.data?.items}
        loading={appointments.isFetching}
        onChange={onTableChange}
        pagination={{
          current: (query.page ?? 0) + 1,
          pageSize: query.size ?? PAGE_SIZE,
          total: appointments.data?.total,
          showTotal: (total) => t('common.total', { total }),
        }}
      />
      {editing && (
        <AppointmentFormModal
          appointment={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
