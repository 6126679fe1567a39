import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, Input, Select, Space } from 'antd';
import { DownloadOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { TaskCategory, TaskLight, TaskQuery, TaskStatus } from '../../../api/types';
import { PageHeader } from '../../../components/PageHeader';
import { describeError, useApiErrorHandler } from '../../../lib/api/errors';
import {
  TASK_CATEGORIES,
  TASK_LIGHTS,
  TASK_STATUSES,
  canIssue,
  enumLabel,
} from '../../../lib/enums';
import { toApiDate, useFormat } from '../../../lib/format';
import { useMe } from '../../auth/api/session';
import { OrgTreeSelect } from '../../organizations/components/OrgTreeSelect';
import { exportTasks, useTasks } from '../api/tasks';
import { TaskFormModal } from './TaskFormModal';
import { TaskTable } from './TaskTable';
import { LightLegend, LightTag } from './TaskTags';
import { PlanItemFilterTag } from '../../plans/components/PlanItemFilter';
import { usePlanItemParam } from '../../plans/planItemParam';

type Filters = {
  q?: string;
  status?: TaskStatus;
  light?: TaskLight;
  category?: TaskCategory;
  assigneeOrgId?: number;
  due?: [Dayjs | null, Dayjs | null] | null;
};

const PAGE_SIZE = 20;
const DEFAULT_SORT = 'dueDate,asc';

/** All visible tasks, or (mine) those assigned to the caller's organisation. */
export function TasksPage({ mine = false }: { mine?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pickerFormat } = useFormat();
  const { data: me } = useMe();
  const [form] = Form.useForm<Filters>();
  const [params] = useSearchParams();
  // a plan's progress opens the acknowledgements of an item as category=ACKNOWLEDGEMENT
  const linkedCategory = TASK_CATEGORIES.find((c) => c === params.get('category'));
  const [query, setQuery] = useState<TaskQuery>({
    page: 0,
    size: PAGE_SIZE,
    sort: DEFAULT_SORT,
    mine: mine || undefined,
    category: linkedCategory,
  });
  const [creating, setCreating] = useState(false);
  const [exporting, setExporting] = useState(false);
  const onError = useApiErrorHandler();
  const planItemId = usePlanItemParam();
  const filtered = { ...query, planItemId };
  const tasks = useTasks(filtered);

  const onExport = () => {
    setExporting(true);
    exportTasks(filtered, `${t('task.exportName')}.xlsx`)
      .catch((e: unknown) => onError(e))
      .finally(() => setExporting(false));
  };

  const applyFilters = (f: Filters) =>
    setQuery((q) => ({
      ...q,
      page: 0,
      q: f.q?.trim() || undefined,
      status: f.status,
      light: f.light,
      category: f.category,
      assigneeOrgId: f.assigneeOrgId,
      dueAfter: toApiDate(f.due?.[0]),
      dueBefore: toApiDate(f.due?.[1]),
    }));

  return (
    <>
      <PageHeader
        title={mine ? t('task.myTitle') : t('task.title')}
        extra={
          <Space>
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={onExport}>
              {t('task.export')}
            </Button>
            {canIssue(me?.roles) && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('task.create')}
              </Button>
            )}
          </Space>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Form<Filters>
          form={form}
          layout="inline"
          onFinish={applyFilters}
          initialValues={{ category: linkedCategory }}
          style={{ rowGap: 12 }}
        >
          <Form.Item name="q" label={t('task.keyword')}>
            <Input allowClear placeholder={t('task.keywordPlaceholder')} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="status" label={t('task.status')}>
            <Select
              allowClear
              style={{ width: 130 }}
              placeholder={t('task.allStatuses')}
              options={TASK_STATUSES.map((s) => ({
                value: s,
                label: enumLabel(t, 'taskStatus', s),
              }))}
            />
          </Form.Item>
          <Form.Item name="light" label={t('task.light')}>
            <Select
              allowClear
              style={{ width: 120 }}
              placeholder={t('task.allLights')}
              options={TASK_LIGHTS.map((l) => ({
                value: l,
                title: enumLabel(t, 'light', l),
                label: <LightTag light={l} />,
              }))}
            />
          </Form.Item>
          <Form.Item name="category" label={t('task.category')}>
            <Select
              allowClear
              style={{ width: 150 }}
              placeholder={t('task.allCategories')}
              options={TASK_CATEGORIES.map((c) => ({
                value: c,
                label: enumLabel(t, 'category', c),
              }))}
            />
          </Form.Item>
          {!mine && (
            <Form.Item name="assigneeOrgId" label={t('task.assignee')}>
              <OrgTreeSelect placeholder={t('task.allOrgs')} style={{ width: 200 }} />
            </Form.Item>
          )}
          <Form.Item name="due" label={t('task.dueRange')}>
            <DatePicker.RangePicker format={pickerFormat} style={{ width: 280 }} />
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
      <PlanItemFilterTag />
      <Card>
        <div style={{ marginBottom: 12 }}>
          <LightLegend />
        </div>
        {tasks.isError && (
          <Alert
            type="error"
            showIcon
            title={describeError(t, tasks.error)}
            style={{ marginBottom: 16 }}
          />
        )}
        <div data-testid="task-table">
          <TaskTable
            tasks={tasks.data?.items ?? []}
            loading={tasks.isFetching}
            hide={mine ? ['assignee'] : []}
            sort={query.sort}
            onChange={({ page, size, sort }) =>
              setQuery((q) => ({ ...q, page, size, sort: sort ?? DEFAULT_SORT }))
            }
            pagination={{
              current: (query.page ?? 0) + 1,
              pageSize: query.size ?? PAGE_SIZE,
              total: tasks.data?.total ?? 0,
              showSizeChanger: true,
              showTotal: (total) => t('common.total', { total }),
            }}
          />
        </div>
      </Card>
      {creating && (
        <TaskFormModal
          mode={{ kind: 'create' }}
          onClose={() => setCreating(false)}
          onSaved={(id) => {
            setCreating(false);
            void navigate(`/tasks/${id}`);
          }}
        />
      )}
    </>
  );
}
