import { useState } from 'react';
import { Button, DatePicker, Form } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { TaskCategory, TaskLight, TaskQuery, TaskStatus } from '../../../api/types';
import { EnumFilter, KeywordFilter, OpenOnlyFilter } from '../../../components/ListFilters';
import { openOnly, openOnlyParam } from '../../../lib/list/openOnly';
import { ListPage } from '../../../components/ListPage';
import { TASK_CATEGORIES, TASK_LIGHTS, TASK_STATUSES, canIssue } from '../../../lib/enums';
import { fromDateRange, toDateRange, useFormat, type DateRange } from '../../../lib/format';
import { useListState } from '../../../lib/list/useListState';
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
  due?: DateRange;
  open?: boolean;
};

const FILTERS = {
  q: 'string',
  status: TASK_STATUSES,
  light: TASK_LIGHTS,
  category: TASK_CATEGORIES,
  assigneeOrgId: 'int',
  dueAfter: 'date',
  dueBefore: 'date',
  open: 'boolean',
} as const;
const DEFAULTS = { sort: 'dueDate,asc' };

/** All visible tasks, or (mine) those assigned to the caller's organisation. */
export function TasksPage({ mine = false }: { mine?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pickerFormat } = useFormat();
  const { data: me } = useMe();
  const list = useListState(FILTERS, DEFAULTS);
  const planItemId = usePlanItemParam();
  const open = openOnly(list.filters.open, mine);
  const query: TaskQuery = {
    ...list.query,
    mine: mine || undefined,
    open: open || undefined,
    planItemId,
  };
  const [creating, setCreating] = useState(false);
  const tasks = useTasks(query);
  const { dueAfter, dueBefore, ...rest } = list.filters;

  return (
    <>
      <ListPage<Filters>
        title={mine ? t('task.myTitle') : t('task.title')}
        exportLabel={t('task.export')}
        onExport={() => exportTasks(query, `${t('task.exportName')}.xlsx`)}
        actions={
          canIssue(me?.roles) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('task.create')}
            </Button>
          )
        }
        filters={{
          values: { ...rest, open, due: toDateRange(dueAfter, dueBefore) },
          onApply: ({ due, q, open: checked, ...f }) => {
            const [after, before] = fromDateRange(due);
            list.setFilters({
              ...f,
              q: q?.trim() || undefined,
              dueAfter: after,
              dueBefore: before,
              open: openOnlyParam(checked, mine),
            });
          },
          children: (
            <>
              <KeywordFilter
                label={t('task.keyword')}
                placeholder={t('task.keywordPlaceholder')}
                width={180}
              />
              <EnumFilter
                name="status"
                label={t('task.status')}
                placeholder={t('task.allStatuses')}
                width={130}
                values={TASK_STATUSES}
                group="taskStatus"
              />
              <EnumFilter
                name="light"
                label={t('task.light')}
                placeholder={t('task.allLights')}
                width={120}
                values={TASK_LIGHTS}
                group="light"
                render={(l) => <LightTag light={l} />}
              />
              <EnumFilter
                name="category"
                label={t('task.category')}
                placeholder={t('task.allCategories')}
                width={150}
                values={TASK_CATEGORIES}
                group="category"
              />
              {!mine && (
                <Form.Item name="assigneeOrgId" label={t('task.assignee')}>
                  <OrgTreeSelect placeholder={t('task.allOrgs')} style={{ width: 200 }} />
                </Form.Item>
              )}
              <Form.Item name="due" label={t('task.dueRange')}>
                <DatePicker.RangePicker format={pickerFormat} style={{ width: 280 }} />
              </Form.Item>
              <OpenOnlyFilter />
            </>
          ),
        }}
        notice={<PlanItemFilterTag />}
        legend={<LightLegend />}
        error={tasks.error}
      >
        <div data-testid="task-table">
          <TaskTable
            tasks={tasks.data?.items ?? []}
            loading={tasks.isFetching}
            hide={mine ? ['assignee'] : []}
            sort={list.sort}
            onChange={list.onTableChange}
            pagination={list.pagination(tasks.data?.total)}
          />
        </div>
      </ListPage>
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
