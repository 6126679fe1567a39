import { useState } from 'react';
import dayjs from 'dayjs';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Progress,
  Row,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { ApartmentOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Task } from '../../../api/types';
import { DetailHeader, DetailLoadError } from '../../../components/DetailHeader';
import { describeError } from '../../../lib/api/errors';
import { canIssue, enumLabel } from '../../../lib/enums';
import { useFormat } from '../../../lib/format';
import { CaseLink, OpenCaseButton } from '../../accountability';
import { useMe } from '../../auth/api/session';
import { usePlan } from '../../plans/api/plans';
import { flattenItems, itemNumber } from '../../plans/outline';
import { useTask, useTaskChildren, useTaskProgress } from '../api/tasks';
import { isClosed } from '../taskStyles';
import { MilestoneTimeline } from './MilestoneTimeline';
import { ProgressForm } from './ProgressForm';
import { ProgressTimeline } from './ProgressTimeline';
import { TaskActions } from './TaskActions';
import { TaskFormModal, type TaskFormMode } from './TaskFormModal';
import { TaskTable } from './TaskTable';
import { LightTag, PriorityTag, TaskStatusTag } from './TaskTags';

export function TaskDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const task = useTask(Number.isFinite(id) ? id : undefined);

  if (task.isPending) return <Skeleton active />;
  if (task.isError)
    return <DetailLoadError error={task.error} back="/tasks" backLabel={t('nav.tasks')} />;
  return <TaskDetail task={task.data} />;
}

function TaskDetail({ task }: { task: Task }) {
  const { t, i18n } = useTranslation();
  const { date, dateTime } = useFormat();
  const { data: me } = useMe();
  const plan = usePlan(task.planId);
  const progress = useTaskProgress(task.id);
  const children = useTaskChildren(task.id);
  const parent = useTask(task.parentId);
  const [modal, setModal] = useState<TaskFormMode | null>(null);

  const item = flattenItems(plan.data?.items).find((i) => i.id === task.planItemId);
  const canDecompose =
    canIssue(me?.roles) &&
    me?.organization.id === task.assigneeOrgId &&
    !isClosed(task.status) &&
    task.category !== 'ACKNOWLEDGEMENT';
  const canReport = task.allowedActions.includes('progress');
  // 发起问责: offices, on an open task 30 or more days past its due date (the server decides)
  const seriouslyOverdue =
    canIssue(me?.roles) &&
    !isClosed(task.status) &&
    !!task.dueDate &&
    dayjs().startOf('day').diff(dayjs(task.dueDate), 'day') >= 30;

  return (
    <>
      <DetailHeader
        back="/tasks"
        title={task.title}
        titleTestId="task-title"
        tags={
          <>
            <TaskStatusTag status={task.status} />
            <LightTag light={task.light} />
            <PriorityTag priority={task.priority} />
            <Tag>{enumLabel(t, 'category', task.category)}</Tag>
          </>
        }
        actions={
          <Space wrap>
            <TaskActions task={task} onEdit={() => setModal({ kind: 'edit', task })} />
            {task.accountabilityCaseId ? (
              <CaseLink caseId={task.accountabilityCaseId} />
            ) : (
              seriouslyOverdue && <OpenCaseButton source="task" id={task.id} />
            )}
          </Space>
        }
      />

      {task.returnReason && task.status === 'IN_PROGRESS' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${t('task.returnReason')}：${task.returnReason}`}
        />
      )}

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card title={t('task.details')}>
              <Descriptions
                column={{ xs: 1, md: 2 }}
                size="middle"
                styles={{ label: { width: 110 } }}
                data-testid="task-details"
              >
                <Descriptions.Item label={t('task.issuer')}>{task.issuerOrgName}</Descriptions.Item>
                <Descriptions.Item label={t('task.assignee')}>
                  {task.assigneeOrgName}
                </Descriptions.Item>
                <Descriptions.Item label={t('task.startDate')}>
                  {date(task.startDate ?? task.createdAt)}
                </Descriptions.Item>
                <Descriptions.Item label={t('task.dueDate')}>
                  <Typography.Text type={task.light === 'RED' ? 'danger' : undefined}>
                    {date(task.dueDate)}
                  </Typography.Text>
                </Descriptions.Item>
                {task.planId !== undefined && (
                  <Descriptions.Item label={t('task.plan')} span={2}>
                    <Link to={`/plans/${task.planId}`}>
                      {plan.data?.title ?? `#${task.planId}`}
                    </Link>
                  </Descriptions.Item>
                )}
                {item && (
                  <Descriptions.Item label={t('task.planItem')} span={2}>
                    {itemNumber(item.path, i18n.language)} {item.heading}
                  </Descriptions.Item>
                )}
                {parent.data && (
                  // a parent assigned elsewhere (a batch's summary task) may not be visible here
                  <Descriptions.Item label={t('task.parent')} span={2}>
                    <Link to={`/tasks/${parent.data.id}`}>
                      {parent.data.title}（{parent.data.assigneeOrgName}）
                    </Link>
                  </Descriptions.Item>
                )}
                {task.acknowledgedAt && (
                  <Descriptions.Item label={t('task.acknowledgedAt')}>
                    {dateTime(task.acknowledgedAt)}
                  </Descriptions.Item>
                )}
                <Descriptions.Item label={t('task.createdAt')}>
                  {dateTime(task.createdAt)}
                </Descriptions.Item>
                <Descriptions.Item label={t('task.updatedAt')}>
                  {dateTime(task.updatedAt)}
                </Descriptions.Item>
                {task.description && (
                  <Descriptions.Item label={t('task.description')} span={2}>
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                      {task.description}
                    </Typography.Paragraph>
                  </Descriptions.Item>
                )}
              </Descriptions>
            </Card>
            <Card title={t('task.progressHistory')}>
              {progress.isPending ? (
                <Skeleton active />
              ) : progress.isError ? (
                <Alert type="error" showIcon title={describeError(t, progress.error)} />
              ) : (
                <ProgressTimeline entries={progress.data} />
              )}
            </Card>
            <Card
              title={
                <Space>
                  <ApartmentOutlined />
                  {t('task.subtasks')}
                </Space>
              }
              extra={
                canDecompose && (
                  <Button
                    data-action="decompose"
                    onClick={() => setModal({ kind: 'decompose', parent: task })}
                  >
                    {t('task.decompose')}
                  </Button>
                )
              }
              styles={{ body: { padding: children.data?.length ? 0 : undefined } }}
            >
              {children.data?.length ? (
                <TaskTable
                  tasks={children.data}
                  size="small"
                  hide={['issuer', 'updatedAt', 'category']}
                />
              ) : (
                <Typography.Text type="secondary">{t('task.noSubtasks')}</Typography.Text>
              )}
            </Card>
          </Space>
        </Col>
        <Col xs={24} lg={8}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card title={t('task.progress')}>
              <Flex justify="center" style={{ marginBottom: canReport ? 16 : 0 }}>
                <Progress
                  type="dashboard"
                  percent={task.progressPercent}
                  status={task.status === 'COMPLETED' ? 'success' : 'normal'}
                />
              </Flex>
              {canReport && <ProgressForm task={task} />}
            </Card>
            <Card title={t('task.milestones')}>
              <MilestoneTimeline milestones={task.milestones} />
            </Card>
          </Space>
        </Col>
      </Row>
      {modal && (
        <TaskFormModal
          mode={modal}
          onClose={() => setModal(null)}
          // an edit or a new subtask both show up on this page
          onSaved={() => setModal(null)}
        />
      )}
    </>
  );
}
