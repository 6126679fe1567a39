import { useMemo } from 'react';
import {
  App,
  Button,
  Col,
  DatePicker,
  Form,
  Input,
  Modal,
  Radio,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { SaveMilestone, Task, TaskCategory, TaskPriority } from '../../../api/types';
import { useApiErrorHandler } from '../../../lib/api/errors';
import { valueText } from '../../../lib/conflict/merge';
import { refetched, useVersionConflict } from '../../../lib/conflict/useVersionConflict';
import { TASK_CATEGORIES, TASK_PRIORITIES, enumLabel } from '../../../lib/enums';
import { fromApiDate, toApiDate, useFormat } from '../../../lib/format';
import { useMe } from '../../auth/api/session';
import { indexTree, useOrganizationTree } from '../../organizations/api/organizations';
import { OrgTreeSelect } from '../../organizations/components/OrgTreeSelect';
import { usePlanItemOptions, usePlanOptions } from '../../plans/planOptions';
import { useCreateTask, useCreateTaskBatch, useTask, useUpdateTask } from '../api/tasks';

export type TaskFormMode =
  | { kind: 'create'; planId?: number; planItemId?: number }
  | { kind: 'edit'; task: Task }
  | { kind: 'decompose'; parent: Task };

type MilestoneValues = { id?: number; title: string; dueDate: Dayjs; doneOn?: Dayjs | null };

type Values = {
  assignMode: 'single' | 'batch';
  title: string;
  description?: string;
  assigneeOrgId?: number;
  assigneeOrgIds?: number[];
  planId?: number | null;
  planItemId?: number | null;
  category: TaskCategory;
  priority: TaskPriority;
  startDate?: Dayjs | null;
  dueDate?: Dayjs | null;
  milestones?: MilestoneValues[];
};

function initialValues(mode: TaskFormMode): Partial<Values> {
  if (mode.kind === 'edit') {
    const task = mode.task;
    return {
      assignMode: 'single',
      title: task.title,
      description: task.description,
      assigneeOrgId: task.assigneeOrgId,
      planId: task.planId,
      planItemId: task.planItemId,
      category: task.category,
      priority: task.priority,
      startDate: fromApiDate(task.startDate),
      dueDate: fromApiDate(task.dueDate),
      milestones: task.milestones.map((m) => ({
        id: m.id,
        title: m.title,
        dueDate: fromApiDate(m.dueDate)!,
        doneOn: fromApiDate(m.doneOn),
      })),
    };
  }
  if (mode.kind === 'decompose') {
    const parent = mode.parent;
    return {
      assignMode: 'single',
      planId: parent.planId,
      planItemId: parent.planItemId,
      category: parent.category === 'ACKNOWLEDGEMENT' ? 'OTHER' : parent.category,
      priority: parent.priority,
      startDate: fromApiDate(parent.startDate),
      dueDate: fromApiDate(parent.dueDate),
      milestones: [],
    };
  }
  return {
    assignMode: 'single',
    planId: mode.planId,
    planItemId: mode.planItemId,
    category: 'OTHER',
    priority: 'NORMAL',
    milestones: [],
  };
}

const TASK_FIELD_LABELS = {
  title: 'task.name',
  description: 'task.description',
  assigneeOrgId: 'task.assignee',
  planId: 'task.plan',
  planItemId: 'task.planItem',
  category: 'task.category',
  priority: 'task.priority',
  startDate: 'task.startDate',
  dueDate: 'task.dueDate',
  milestones: 'task.milestones',
} as const;

/** Create (one or many assignees), edit, or decompose (a subtask of a task assigned to me). */
export function TaskFormModal({
  mode,
  onClose,
  onSaved,
}: {
  mode: TaskFormMode;
  onClose: () => void;
  onSaved: (taskId: number) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { pickerFormat, date } = useFormat();
  const orgTree = useOrganizationTree();
  const { data: me } = useMe();
  const [form] = Form.useForm<Values>();
  const onError = useApiErrorHandler();
  const create = useCreateTask();
  const batch = useCreateTaskBatch();
  const update = useUpdateTask();
  const assignMode = Form.useWatch('assignMode', form) ?? 'single';
  const planId = Form.useWatch('planId', form) ?? undefined;
  const initial = useMemo(() => initialValues(mode), [mode]);
  const plans = usePlanOptions(initial.planId);
  const items = usePlanItemOptions(planId ?? undefined);

  const editing = useTask(mode.kind === 'edit' ? mode.task.id : undefined);
  /** A field's value in words, for the side-by-side choice after a conflict. */
  const describeTaskValue = (field: string, value: unknown): string => {
    if (value === undefined || value === null || value === '') return t('conflict.empty');
    switch (field) {
      case 'assigneeOrgId':
        return indexTree(orgTree.data).byId.get(value as number)?.name ?? valueText(value);
      case 'planId':
        return plans.options.find((o) => o.value === value)?.label ?? valueText(value);
      case 'planItemId':
        return items.options.find((o) => o.value === value)?.label ?? valueText(value);
      case 'category':
        return enumLabel(t, 'category', value as TaskCategory);
      case 'priority':
        return enumLabel(t, 'priority', value as TaskPriority);
      case 'startDate':
      case 'dueDate':
        return date(value as Dayjs);
      case 'milestones':
        return (value as MilestoneValues[])
          .map((m) => `${m.title}（${date(m.dueDate)}）`)
          .join('；');
      default:
        return valueText(value);
    }
  };
  const conflict = useVersionConflict<Values>({
    start: { values: initial as Values, version: mode.kind === 'edit' ? mode.task.version : 0 },
    read: () => form.getFieldsValue(true) as Values,
    write: (values) => form.setFieldsValue(values),
    reload: async () => {
      const latest = refetched(await editing.refetch());
      return {
        values: initialValues({ kind: 'edit', task: latest }) as Values,
        version: latest.version,
      };
    },
    describe: (field) => ({
      label: t(TASK_FIELD_LABELS[field as keyof typeof TASK_FIELD_LABELS] ?? 'task.name'),
      render: (value) => describeTaskValue(field, value),
    }),
  });

  const title =
    mode.kind === 'edit'
      ? t('task.editTitle')
      : mode.kind === 'decompose'
        ? t('task.decomposeTitle')
        : t('task.create');

  const onFinish = (v: Values) => {
    const milestones: SaveMilestone[] = (v.milestones ?? []).map((m) => ({
      id: m.id,
      title: m.title.trim(),
      dueDate: toApiDate(m.dueDate)!,
      doneOn: toApiDate(m.doneOn),
    }));
    const common = {
      title: v.title.trim(),
      description: v.description?.trim() || undefined,
      planId: v.planId ?? undefined,
      planItemId: v.planId ? (v.planItemId ?? undefined) : undefined,
      category: v.category,
      priority: v.priority,
      startDate: toApiDate(v.startDate),
      dueDate: toApiDate(v.dueDate),
      milestones,
    };
    const fail = (e: unknown) => {
      if (!conflict.onSaveError(e)) onError(e, form);
    };
    if (mode.kind === 'edit') {
      update.mutate(
        {
          id: mode.task.id,
          body: { ...common, assigneeOrgId: v.assigneeOrgId!, version: conflict.version },
        },
        {
          onSuccess: (task) => {
            void message.success(t('task.updated'));
            onSaved(task.id);
          },
          onError: fail,
        },
      );
    } else if (mode.kind === 'create' && v.assignMode === 'batch') {
      batch.mutate(
        { ...common, assigneeOrgIds: v.assigneeOrgIds ?? [] },
        {
          onSuccess: (result) => {
            void message.success(t('task.createdBatch', { count: result.children.length }));
            onSaved(result.parent.id);
          },
          onError: fail,
        },
      );
    } else {
      create.mutate(
        {
          ...common,
          assigneeOrgId: v.assigneeOrgId!,
          parentId: mode.kind === 'decompose' ? mode.parent.id : undefined,
        },
        {
          onSuccess: (task) => {
            void message.success(t('task.created'));
            onSaved(task.id);
          },
          onError: fail,
        },
      );
    }
  };

  const required = (field: string, select = false) => ({
    required: true,
    message: select ? t('common.select', { field }) : t('common.required', { field }),
  });

  return (
    <Modal
      open
      title={title}
      width={760}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending || batch.isPending || update.isPending}
      destroyOnHidden
    >
      {mode.kind === 'decompose' && (
        <Typography.Paragraph type="secondary">
          {t('task.parent')}：{mode.parent.title}
        </Typography.Paragraph>
      )}
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} initialValues={initial}>
        {mode.kind === 'create' && (
          <Form.Item name="assignMode" label={t('task.assignMode')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'single', label: t('task.modeSingle') },
                { value: 'batch', label: t('task.modeBatch') },
              ]}
            />
          </Form.Item>
        )}
        <Form.Item
          name="title"
          label={t('task.name')}
          rules={[{ ...required(t('task.name')), whitespace: true }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        {assignMode === 'batch' && mode.kind === 'create' ? (
          <Form.Item
            name="assigneeOrgIds"
            label={t('task.assignees')}
            rules={[{ ...required(t('task.assignee'), true), type: 'array', min: 1 }]}
          >
            <OrgTreeSelect
              multiple
              omitId={me?.organization.id}
              placeholder={t('common.select', { field: t('task.assignee') })}
              style={{ width: '100%' }}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="assigneeOrgId"
            label={t('task.assignee')}
            rules={[required(t('task.assignee'), true)]}
          >
            <OrgTreeSelect
              omitId={mode.kind === 'edit' ? undefined : me?.organization.id}
              placeholder={t('common.select', { field: t('task.assignee') })}
              style={{ width: '100%' }}
            />
          </Form.Item>
        )}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="planId" label={t('task.plan')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('task.noPlan')}
                loading={plans.loading}
                options={plans.options}
                onChange={() => form.setFieldValue('planItemId', undefined)}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="planItemId" label={t('task.planItem')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                disabled={!planId}
                loading={items.loading}
                options={items.options}
                popupMatchSelectWidth={false}
                onChange={(_, option) => {
                  const heading = Array.isArray(option) ? undefined : option?.heading;
                  if (heading && !form.getFieldValue('title')) {
                    form.setFieldValue('title', heading);
                  }
                }}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="category"
              label={t('task.category')}
              rules={[required(t('task.category'), true)]}
            >
              <Select
                options={TASK_CATEGORIES.map((c) => ({
                  value: c,
                  label: enumLabel(t, 'category', c),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="priority" label={t('task.priority')}>
              <Radio.Group
                optionType="button"
                options={TASK_PRIORITIES.map((p) => ({
                  value: p,
                  label: enumLabel(t, 'priority', p),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="startDate" label={t('task.startDate')}>
              <DatePicker format={pickerFormat} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="dueDate"
              label={t('task.dueDate')}
              dependencies={['startDate']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, value: Dayjs | null | undefined) => {
                    const start = getFieldValue('startDate') as Dayjs | null | undefined;
                    return value && start && value.isBefore(start, 'day')
                      ? Promise.reject(new Error(`${t('task.dueDate')} < ${t('task.startDate')}`))
                      : Promise.resolve();
                  },
                }),
              ]}
            >
              <DatePicker format={pickerFormat} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="description" label={t('task.description')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={20000} />
        </Form.Item>
        <Form.Item label={t('task.milestones')} style={{ marginBottom: 0 }}>
          <Form.List name="milestones">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline" wrap className="milestone-row">
                    <Form.Item name={[field.name, 'id']} hidden>
                      <Input />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'title']}
                      rules={[{ ...required(t('task.milestoneTitle')), whitespace: true }]}
                    >
                      <Input
                        placeholder={t('task.milestoneTitle')}
                        style={{ width: 260 }}
                        maxLength={300}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'dueDate']}
                      rules={[required(t('task.milestoneDue'), true)]}
                    >
                      <DatePicker format={pickerFormat} placeholder={t('task.milestoneDue')} />
                    </Form.Item>
                    {mode.kind === 'edit' && (
                      <Form.Item name={[field.name, 'doneOn']}>
                        <DatePicker format={pickerFormat} placeholder={t('task.milestoneDone')} />
                      </Form.Item>
                    )}
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('common.remove')}
                      onClick={() => remove(field.name)}
                    />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
                  {t('task.addMilestone')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
      </Form>
      {conflict.dialog}
    </Modal>
  );
}
