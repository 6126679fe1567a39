import { useState } from 'react';
import {
  Alert,
  AutoComplete,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Space,
  Table,
  Tag,
  Typography,
  type TableProps,
} from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditEvent, AuditQuery } from '../../../api/types';
import { PageHeader } from '../../../components/PageHeader';
import { describeError } from '../../../lib/api/errors';
import { enumLabel } from '../../../lib/enums';
import { useFormat } from '../../../lib/format';
import { useAuditEvents } from '../api/auditEvents';

type Filters = { entityType?: string; actor?: string; range?: [Dayjs | null, Dayjs | null] | null };

const PAGE_SIZE = 20;
const KNOWN_ENTITY_TYPES = ['ORGANIZATION', 'USER', 'SYSTEM'];

function prettyDetails(details: unknown): string {
  if (details === null || details === undefined || details === '') return '';
  if (typeof details === 'string') {
    try {
      return JSON.stringify(JSON.parse(details), null, 2);
    } catch {
      return details;
    }
  }
  return JSON.stringify(details, null, 2);
}

export function AuditPage() {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const [form] = Form.useForm<Filters>();
  const [query, setQuery] = useState<AuditQuery>({
    page: 0,
    size: PAGE_SIZE,
    sort: 'occurredAt,desc',
  });
  const events = useAuditEvents(query);

  const applyFilters = (f: Filters) => {
    const [from, to] = f.range ?? [];
    setQuery((q) => ({
      ...q,
      page: 0,
      entityType: f.entityType?.trim() || undefined,
      actor: f.actor?.trim() || undefined,
      from: from ? from.startOf('day').toISOString() : undefined,
      // `to` is exclusive: the start of the day after the last chosen day
      to: to ? to.add(1, 'day').startOf('day').toISOString() : undefined,
    }));
  };

  const columns: TableProps<AuditEvent>['columns'] = [
    {
      title: t('audit.occurredAt'),
      dataIndex: 'occurredAt',
      key: 'occurredAt',
      width: 180,
      render: (v: string | undefined) => dateTime(v),
    },
    { title: t('audit.actor'), dataIndex: 'actor', key: 'actor', width: 120 },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      key: 'action',
      width: 120,
      render: (v: string | undefined) => <Tag color="blue">{enumLabel(t, 'action', v)}</Tag>,
    },
    {
      title: t('audit.entityType'),
      dataIndex: 'entityType',
      key: 'entityType',
      width: 120,
      render: (v: string | undefined) => enumLabel(t, 'entityType', v),
    },
    {
      title: t('audit.entityId'),
      dataIndex: 'entityId',
      key: 'entityId',
      width: 140,
      ellipsis: true,
    },
    { title: t('audit.summary'), dataIndex: 'summary', key: 'summary', ellipsis: true },
  ];

  return (
    <>
      <PageHeader title={t('audit.title')} />
      <Card style={{ marginBottom: 16 }}>
        <Form<Filters> form={form} layout="inline" onFinish={applyFilters} style={{ rowGap: 12 }}>
          <Form.Item name="entityType" label={t('audit.entityType')}>
            <AutoComplete
              allowClear
              style={{ width: 180 }}
              placeholder={t('audit.allTypes')}
              options={KNOWN_ENTITY_TYPES.map((v) => ({
                value: v,
                label: `${enumLabel(t, 'entityType', v)} (${v})`,
              }))}
            />
          </Form.Item>
          <Form.Item name="actor" label={t('audit.actor')}>
            <Input allowClear style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="range" label={t('audit.range')}>
            <DatePicker.RangePicker allowEmpty={[true, true]} />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                {t('common.search')}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  applyFilters({});
                }}
              >
                {t('common.reset')}
              </Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>
      <Card>
        {events.isError && (
          <Alert
            type="error"
            showIcon
            title={describeError(t, events.error)}
            style={{ marginBottom: 16 }}
          />
        )}
        <Table<AuditEvent>
          rowKey={(e) => String(e.id)}
          columns={columns}
          dataSource={events.data?.items ?? []}
          loading={events.isFetching}
          scroll={{ x: 900 }}
          expandable={{
            rowExpandable: (e) => prettyDetails(e.details) !== '',
            expandedRowRender: (e) => (
              <Typography.Paragraph style={{ margin: 0 }}>
                <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{prettyDetails(e.details)}</pre>
              </Typography.Paragraph>
            ),
          }}
          onChange={(p) =>
            setQuery((q) => ({
              ...q,
              page: (p.current ?? 1) - 1,
              size: p.pageSize ?? PAGE_SIZE,
            }))
          }
          pagination={{
            current: (query.page ?? 0) + 1,
            pageSize: query.size ?? PAGE_SIZE,
            total: events.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
          }}
        />
      </Card>
    </>
  );
}
