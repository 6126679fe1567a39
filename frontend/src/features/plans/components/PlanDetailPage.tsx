import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Popconfirm,
  Skeleton,
  Space,
  Tabs,
  Typography,
} from 'antd';
import {
  DeleteOutlined,
  EditOutlined,
  InboxOutlined,
  PlusOutlined,
  SendOutlined,
  ShareAltOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { Plan } from '../../../api/types';
import { DetailHeader, DetailLoadError } from '../../../components/DetailHeader';
import { describeError, useApiErrorHandler } from '../../../lib/api/errors';
import { canIssue, isAdmin } from '../../../lib/enums';
import { useFormat } from '../../../lib/format';
import { useMe } from '../../auth/api/session';
import { useTasks } from '../../tasks/api/tasks';
import { TaskFormModal } from '../../tasks/components/TaskFormModal';
import { TaskTable } from '../../tasks/components/TaskTable';
import { LightLegend, PlanStatusTag } from '../../tasks/components/TaskTags';
import { useDeletePlan, usePlan, usePlanForwardings, usePlanTransition } from '../api/plans';
import { ForwardingBoard } from './ForwardingBoard';
import { ForwardModal } from './ForwardModal';
import { PlanOutline } from './PlanOutline';
import { PlanProgressOutline } from './PlanProgressOutline';
import { PlanTimeline } from './PlanTimeline';

const TABS = ['outline', 'progress', 'tasks', 'timeline', 'forwardings'] as const;
type TabKey = (typeof TABS)[number];

export function PlanDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const plan = usePlan(Number.isFinite(id) ? id : undefined);

  if (plan.isPending) return <Skeleton active />;
  if (plan.isError)
    return <DetailLoadError error={plan.error} back="/plans" backLabel={t('nav.plans')} />;
  return <PlanDetail plan={plan.data} />;
}

function PlanDetail({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const { date } = useFormat();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const tab: TabKey = TABS.find((k) => k === params.get('tab')) ?? 'outline';
  const [forwarding, setForwarding] = useState(false);
  const [creatingTask, setCreatingTask] = useState(false);
  const transition = usePlanTransition();
  const remove = useDeletePlan();

  const office = canIssue(me?.roles);
  const editor = isAdmin(me?.roles) || (office && me?.organization.id === plan.issuingOrgId);
  const published = plan.status === 'PUBLISHED';

  const publish = () =>
    transition.mutate(
      { id: plan.id, action: 'publish' },
      { onSuccess: () => void message.success(t('plan.published')), onError: (e) => onError(e) },
    );
  const archive = () =>
    transition.mutate(
      { id: plan.id, action: 'archive' },
      { onSuccess: () => void message.success(t('plan.archived')), onError: (e) => onError(e) },
    );
  const deleteDraft = () =>
    remove.mutate(plan.id, {
      onSuccess: () => {
        void message.success(t('plan.deleted'));
        void navigate('/plans', { replace: true });
      },
      onError: (e) => onError(e),
    });

  const actions = [
    editor && plan.status !== 'ARCHIVED' && (
      <Button
        key="edit"
        icon={<EditOutlined />}
        data-action="edit"
        onClick={() => void navigate(`/plans/${plan.id}/edit`)}
      >
        {t('common.edit')}
      </Button>
    ),
    editor && plan.status === 'DRAFT' && (
      <Popconfirm
        key="delete"
        title={t('plan.deleteConfirm')}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true }}
        onConfirm={deleteDraft}
      >
        <Button danger icon={<DeleteOutlined />} loading={remove.isPending} data-action="delete">
          {t('plan.deleteDraft')}
        </Button>
      </Popconfirm>
    ),
    editor && published && (
      <Popconfirm
        key="archive"
        title={t('plan.archiveConfirm')}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        onConfirm={archive}
      >
        <Button icon={<InboxOutlined />} loading={transition.isPending} data-action="archive">
          {t('plan.archive')}
        </Button>
      </Popconfirm>
    ),
    office && published && (
      <Button
        key="forward"
        icon={<ShareAltOutlined />}
        data-action="forward"
        onClick={() => setForwarding(true)}
      >
        {t('plan.forward')}
      </Button>
    ),
    office && published && (
      <Button
        key="task"
        icon={<PlusOutlined />}
        data-action="create-task"
        onClick={() => setCreatingTask(true)}
      >
        {t('plan.createTask')}
      </Button>
    ),
    editor && plan.status === 'DRAFT' && (
      <Popconfirm
        key="publish"
        title={t('plan.publishConfirm')}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        onConfirm={publish}
      >
        <Button
          type="primary"
          icon={<SendOutlined />}
          loading={transition.isPending}
          data-action="publish"
        >
          {t('plan.publish')}
        </Button>
      </Popconfirm>
    ),
  ].filter(Boolean);

  const ff = plan.forwardedFrom;
  return (
    <>
      <DetailHeader
        back="/plans"
        title={plan.title}
        titleTestId="plan-title"
        tags={<PlanStatusTag status={plan.status} />}
        actions={
          actions.length > 0 && (
            <Space wrap data-testid="plan-actions">
              {actions}
            </Space>
          )
        }
      />

      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="middle" data-testid="plan-header">
          <Descriptions.Item label={t('plan.documentNumber')}>
            {plan.documentNumber || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('plan.issuingOrg')}>{plan.issuingOrgName}</Descriptions.Item>
          <Descriptions.Item label={t('plan.issuedOn')}>{date(plan.issuedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('plan.year')}>{plan.year}</Descriptions.Item>
          <Descriptions.Item label={t('plan.recipients')} span={2}>
            {plan.recipients || '—'}
          </Descriptions.Item>
        </Descriptions>
        {ff && (ff.documentNumber || ff.issuingBody || ff.title) && (
          <Alert
            type="info"
            style={{ marginTop: 12 }}
            data-testid="forwarded-from"
            title={
              <Space wrap>
                <Typography.Text strong>{t('plan.forwardedFrom')}</Typography.Text>
                {ff.documentNumber && <span>{ff.documentNumber}</span>}
                {ff.issuingBody && <span>{ff.issuingBody}</span>}
                {ff.issuedOn && <span>{date(ff.issuedOn)}</span>}
              </Space>
            }
            description={
              (ff.title || ff.recipients || ff.instructions) && (
                <Descriptions size="small" column={1}>
                  {ff.title && (
                    <Descriptions.Item label={t('plan.forwardingTitle')}>
                      {ff.title}
                    </Descriptions.Item>
                  )}
                  {ff.recipients && (
                    <Descriptions.Item label={t('plan.recipients')}>
                      {ff.recipients}
                    </Descriptions.Item>
                  )}
                  {ff.instructions && (
                    <Descriptions.Item label={t('plan.forwardingInstructions')}>
                      {ff.instructions}
                    </Descriptions.Item>
                  )}
                </Descriptions>
              )
            }
          />
        )}
      </Card>

      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          items={[
            {
              key: 'outline',
              label: t('plan.tabOutline'),
              children: (
                <>
                  {plan.preamble && (
                    <Typography.Paragraph className="plan-preamble">
                      {plan.preamble}
                    </Typography.Paragraph>
                  )}
                  <PlanOutline items={plan.items} />
                </>
              ),
            },
            {
              key: 'progress',
              label: t('plan.tabProgress'),
              children: tab === 'progress' && <PlanProgressOutline planId={plan.id} />,
            },
            {
              key: 'tasks',
              label: t('plan.tabTasks'),
              children: <PlanTasks planId={plan.id} />,
            },
            {
              key: 'timeline',
              label: t('plan.tabTimeline'),
              children: tab === 'timeline' && <PlanTimeline planId={plan.id} />,
            },
            {
              key: 'forwardings',
              label: t('plan.tabForwardings'),
              children: <PlanForwardings planId={plan.id} enabled={tab === 'forwardings'} />,
            },
          ]}
        />
      </Card>
      {forwarding && (
        <ForwardModal
          plan={plan}
          onClose={() => setForwarding(false)}
          onDone={() => {
            setForwarding(false);
            setParams({ tab: 'forwardings' }, { replace: true });
          }}
        />
      )}
      {creatingTask && (
        <TaskFormModal
          mode={{ kind: 'create', planId: plan.id }}
          onClose={() => setCreatingTask(false)}
          onSaved={(taskId) => {
            setCreatingTask(false);
            void navigate(`/tasks/${taskId}`);
          }}
        />
      )}
    </>
  );
}

function PlanTasks({ planId }: { planId: number }) {
  const { t } = useTranslation();
  const [sort, setSort] = useState('dueDate,asc');
  const tasks = useTasks({ planId, size: 200, sort });
  if (tasks.isError) return <Alert type="error" showIcon title={describeError(t, tasks.error)} />;
  return (
    <>
      <div style={{ marginBottom: 12 }}>
        <LightLegend />
      </div>
      <TaskTable
        tasks={tasks.data?.items ?? []}
        loading={tasks.isFetching}
        hide={['issuer']}
        sort={sort}
        onChange={(c) => setSort(c.sort ?? 'dueDate,asc')}
        size="small"
      />
    </>
  );
}

function PlanForwardings({ planId, enabled }: { planId: number; enabled: boolean }) {
  const { t } = useTranslation();
  const forwardings = usePlanForwardings(planId, { enabled });
  if (forwardings.isPending) return <Skeleton active />;
  if (forwardings.isError) {
    return <Alert type="error" showIcon title={describeError(t, forwardings.error)} />;
  }
  return <ForwardingBoard forwardings={forwardings.data} />;
}
