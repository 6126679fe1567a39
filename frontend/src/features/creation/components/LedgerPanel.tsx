import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Flex,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
  type TableProps,
} from 'antd';
import { FileSearchOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type {
  CreationLedgerEntry,
  CreationLedgerSyncResult,
  CreationProgramme,
} from '../../../api/types';
import { describeError } from '../../../lib/api/errors';
import { enumLabel } from '../../../lib/enums';
import { useFormat } from '../../../lib/format';
import { useLedger, useSyncLedger } from '../api/creation';
import { formatQuantity } from '../format';
import { VerdictTag } from './CreationTags';

export function LedgerPanel({ programme, year }: { programme: CreationProgramme; year: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { dateTime } = useFormat();
  const ledger = useLedger(programme.id, year);
  const sync = useSyncLedger();
  const [createTasks, setCreateTasks] = useState(true);
  const [result, setResult] = useState<CreationLedgerSyncResult | null>(null);

  const generate = () =>
    sync.mutate(
      { id: programme.id, year, createTasks },
      {
        onSuccess: (r) => {
          setResult(r);
          void message.success(t('creation.ledgerDone'));
        },
        onError: (e) => void message.error(describeError(t, e)),
      },
    );

  const entries = ledger.data?.items ?? result?.entries ?? [];

  const columns: TableProps<CreationLedgerEntry>['columns'] = [
    {
      title: t('creation.school'),
      key: 'school',
      width: 180,
      render: (_, e) => e.schoolName ?? t('creation.ledgerCounty'),
    },
    {
      title: t('creation.stage'),
      key: 'stage',
      width: 70,
      render: (_, e) => enumLabel(t, 'creationStage', e.stage),
    },
    { title: t('creation.indicator'), dataIndex: 'indicatorName', key: 'indicator', width: 200 },
    {
      title: t('creation.ledgerMessage'),
      key: 'message',
      render: (_, e) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text type={e.status === 'OPEN' ? 'danger' : 'secondary'}>
            {e.message}
          </Typography.Text>
          {e.resourceNeeded !== undefined && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('creation.resourceNeeded')}：
              {formatQuantity(e.resourceNeeded, e.resourceUnit, { maxDecimals: 0 })}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('creation.ledgerStatus'),
      key: 'status',
      width: 90,
      render: (_, e) => (
        <Tag color={e.status === 'OPEN' ? 'red' : 'green'} data-status={e.status}>
          {enumLabel(t, 'ledgerStatus', e.status)}
        </Tag>
      ),
    },
    {
      title: t('creation.ledgerTask'),
      key: 'task',
      width: 110,
      render: (_, e) =>
        e.taskId !== undefined ? (
          <Link to={`/tasks/${e.taskId}`} data-testid={`ledger-task-${e.taskId}`}>
            {t('common.view')} #{e.taskId}
          </Link>
        ) : (
          <Typography.Text type="secondary">{t('creation.ledgerNoTask')}</Typography.Text>
        ),
    },
    {
      title: t('creation.ledgerFirstSeen'),
      key: 'firstSeen',
      width: 170,
      render: (_, e) => dateTime(e.firstSeenAt),
    },
  ];

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Text strong>
          {t('creation.tabLedger')} · {year}
        </Typography.Text>
        <Space wrap>
          <Link to="/tasks">
            <Button icon={<UnorderedListOutlined />}>{t('creation.viewTasks')}</Button>
          </Link>
          {programme.editable && (
            <Popconfirm
              title={t('creation.ledgerConfirm', { year })}
              description={
                <Checkbox
                  checked={createTasks}
                  onChange={(e) => setCreateTasks(e.target.checked)}
                  data-testid="ledger-create-tasks"
                >
                  {t('creation.ledgerWithTasks')}
                </Checkbox>
              }
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={generate}
            >
              <Button
                type="primary"
                icon={<FileSearchOutlined />}
                loading={sync.isPending}
                data-action="generate-ledger"
              >
                {t('creation.ledgerGenerate')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      </Flex>
      {result && (
        <Alert
          type="success"
          showIcon
          data-testid="ledger-result"
          closable={{ onClose: () => setResult(null) }}
          title={
            <Space wrap>
              <span>{t('creation.ledgerDone')}</span>
              <VerdictTag verdict={result.verdict} />
            </Space>
          }
          description={t('creation.ledgerResult', {
            opened: result.opened,
            updated: result.updated,
            reopened: result.reopened,
            resolved: result.resolved,
            tasks: result.tasksCreated,
          })}
        />
      )}
      {ledger.isError && <Alert type="error" showIcon title={describeError(t, ledger.error)} />}
      <Table<CreationLedgerEntry>
        size="small"
        data-testid="ledger-table"
        rowKey="id"
        columns={columns}
        dataSource={entries}
        loading={ledger.isFetching}
        pagination={false}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t('creation.ledgerEmpty', { year }) }}
      />
    </Space>
  );
}
