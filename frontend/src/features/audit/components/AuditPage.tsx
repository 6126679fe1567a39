import {
  AutoComplete,
  DatePicker,
  Form,
  Input,
  Table,
  Tag,
  Typography,
  type TableProps,
} from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditEvent, AuditQuery } from '../../../api/types';
import { ListPage } from '../../../components/ListPage';
import { enumLabel } from '../../../lib/enums';
import { fromDateRange, toDateRange, useFormat, type DateRange } from '../../../lib/format';
import { toListChange } from '../../../lib/list/listState';
import { useListState } from '../../../lib/list/useListState';
import { exportAuditEvents, useAuditEvents } from '../api/auditEvents';

type Filters = { entityType?: string; actor?: string; range?: DateRange };

/** The days are kept in the URL; the API takes instants, `to` exclusive. */
const FILTERS = { entityType: 'string', actor: 'string', from: 'date', to: 'date' } as const;
const DEFAULTS = { sort: 'occurredAt,desc' };
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
  const list = useListState(FILTERS, DEFAULTS);
  const { from, to, ...rest } = list.filters;
  const query: AuditQuery = {
    ...list.query,
    from: from ? dayjs(from).startOf('day').toISOString() : undefined,
    // `to` is exclusive: the start of the day after the last chosen day
    to: to ? dayjs(to).add(1, 'day').startOf('day').toISOString() : undefined,
  };
  const events = useAuditEvents(query);

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
    <ListPage<Filters>
      title={t('audit.title')}
      exportLabel={t('audit.export')}
      onExport={() => exportAuditEvents(query, `${t('audit.exportName')}.xlsx`)}
      filters={{
        values: { ...rest, range: toDateRange(from, to) },
        onApply: ({ entityType, actor, range }) => {
          const [first, last] = fromDateRange(range);
          list.setFilters({
            entityType: entityType?.trim() || undefined,
            actor: actor?.trim() || undefined,
            from: first,
            to: last,
          });
        },
        children: (
          <>
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
          </>
        ),
      }}
      error={events.error}
    >
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
        onChange={(p, _f, sorter) => list.onTableChange(toListChange(p, sorter))}
        pagination={list.pagination(events.data?.total)}
      />
    </ListPage>
  );
}
