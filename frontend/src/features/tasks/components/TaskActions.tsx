import { useState, type ReactNode } from 'react';
import { App, Button, Form, Input, Modal, Popconfirm, Space, Typography } from 'antd';
import {
  CheckOutlined,
  CloseCircleOutlined,
  EditOutlined,
  FileDoneOutlined,
  PlayCircleOutlined,
  RollbackOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ReasonModal } from '../../../components/ReasonModal';
import type { Task } from '../../../api/types';
import { useApiErrorHandler } from '../../../lib/api/errors';
import { enumLabel } from '../../../lib/enums';
import { AttachmentUpload } from '../../attachments/components/AttachmentUpload';
import {
  useAcknowledgeTask,
  useReturnTask,
  useTaskAction,
  type SimpleTaskAction,
} from '../api/tasks';

/** Buttons, in this order, for the actions the server allows; `progress` is the report form. */
const BUTTON_ORDER = ['start', 'acknowledge', 'submit', 'accept', 'return', 'edit', 'cancel'];

const ICONS: Record<string, ReactNode> = {
  start: <PlayCircleOutlined />,
  acknowledge: <FileDoneOutlined />,
  submit: <SendOutlined />,
  accept: <CheckOutlined />,
  return: <RollbackOutlined />,
  edit: <EditOutlined />,
  cancel: <CloseCircleOutlined />,
};

const DONE_KEYS = {
  start: 'task.doneStart',
  submit: 'task.doneSubmit',
  accept: 'task.doneAccept',
  cancel: 'task.doneCancel',
} as const;

/** Workflow buttons for exactly the task's `allowedActions` (the server decides who may do what). */
export function TaskActions({ task, onEdit }: { task: Task; onEdit: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const act = useTaskAction();
  const [returning, setReturning] = useState(false);
  const [acknowledging, setAcknowledging] = useState(false);
  const allowed = new Set(task.allowedActions);
  const actions = BUTTON_ORDER.filter((a) => allowed.has(a));
  if (actions.length === 0) return null;

  const run = (action: SimpleTaskAction) =>
    act.mutate(
      { id: task.id, action },
      {
        onSuccess: () => void message.success(t(DONE_KEYS[action])),
        onError: (e) => onError(e),
      },
    );
  const pending = (action: string) => act.isPending && act.variables?.action === action;
  const label = (action: string) => enumLabel(t, 'taskAction', action);

  const buttons = actions.map((action) => {
    const common = { icon: ICONS[action], 'data-action': action };
    switch (action) {
      case 'start':
      case 'submit':
      case 'accept':
        return (
          <Button
            key={action}
            {...common}
            type="primary"
            loading={pending(action)}
            onClick={() => run(action)}
          >
            {label(action)}
          </Button>
        );
      case 'cancel':
        return (
          <Popconfirm
            key={action}
            title={t('task.cancelConfirm')}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => run('cancel')}
          >
            <Button {...common} danger loading={pending('cancel')}>
              {label(action)}
            </Button>
          </Popconfirm>
        );
      case 'return':
        return (
          <Button key={action} {...common} danger onClick={() => setReturning(true)}>
            {label(action)}
          </Button>
        );
      case 'acknowledge':
        return (
          <Button key={action} {...common} type="primary" onClick={() => setAcknowledging(true)}>
            {label(action)}
          </Button>
        );
      default:
        return (
          <Button key={action} {...common} onClick={onEdit}>
            {label(action)}
          </Button>
        );
    }
  });

  return (
    <>
      <Space wrap data-testid="task-actions">
        {buttons}
      </Space>
      {returning && <ReturnModal task={task} onClose={() => setReturning(false)} />}
      {acknowledging && <AcknowledgeModal task={task} onClose={() => setAcknowledging(false)} />}
    </>
  );
}

function ReturnModal({ task, onClose }: { task: Task; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const ret = useReturnTask();
  return (
    <ReasonModal
      title={t('task.returnTitle')}
      okText={enumLabel(t, 'taskAction', 'return')}
      label={t('task.returnReason')}
      requiredMessage={t('task.returnReasonRequired')}
      pending={ret.isPending}
      onClose={onClose}
      onSubmit={(reason, form) =>
        ret.mutate(
          { id: task.id, reason },
          {
            onSuccess: () => {
              void message.success(t('task.doneReturn'));
              onClose();
            },
            onError: (e) => onError(e, form),
          },
        )
      }
    />
  );
}

function AcknowledgeModal({ task, onClose }: { task: Task; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<{ note?: string; attachmentIds?: number[] }>();
  const ack = useAcknowledgeTask();
  const [uploading, setUploading] = useState(false);
  return (
    <Modal
      open
      title={t('task.ackTitle')}
      okText={enumLabel(t, 'taskAction', 'acknowledge')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ disabled: uploading }}
      confirmLoading={ack.isPending}
    >
      <Typography.Paragraph type="secondary">{t('task.ackHint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ attachmentIds: [] }}
        onFinish={(v) =>
          ack.mutate(
            {
              id: task.id,
              body: { note: v.note?.trim() || undefined, attachmentIds: v.attachmentIds ?? [] },
            },
            {
              onSuccess: () => {
                void message.success(t('task.doneAcknowledge'));
                onClose();
              },
              onError: (e) => onError(e, form),
            },
          )
        }
      >
        <Form.Item name="note" label={t('task.ackNote')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={5000} />
        </Form.Item>
        <Form.Item name="attachmentIds" label={t('task.ackRecords')}>
          <AttachmentUpload onBusyChange={setUploading} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
