import { useState, type ReactNode } from 'react';
import { App, Button, Popconfirm, Space } from 'antd';
import {
  CheckOutlined,
  DeleteOutlined,
  EditOutlined,
  NotificationOutlined,
  RollbackOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ReasonModal } from '../../../components/ReasonModal';
import { useNavigate } from 'react-router';
import type { InspectionReport } from '../../../api/types';
import { useApiErrorHandler } from '../../../lib/api/errors';
import { enumLabel } from '../../../lib/enums';
import {
  useDeleteReport,
  useReportAction,
  useReturnReport,
  type SimpleReportAction,
} from '../api/reports';

/** Buttons, in this order, for the actions the server allows (`allowedActions`). */
const BUTTON_ORDER = ['edit', 'submit', 'approve', 'publish', 'return', 'delete'] as const;

const ICONS: Record<string, ReactNode> = {
  edit: <EditOutlined />,
  submit: <SendOutlined />,
  approve: <CheckOutlined />,
  publish: <NotificationOutlined />,
  return: <RollbackOutlined />,
  delete: <DeleteOutlined />,
};

/** Workflow buttons for exactly the report's `allowedActions`: the server decides who may do what. */
export function ReportActions({ report }: { report: InspectionReport }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const onError = useApiErrorHandler();
  const act = useReportAction();
  const del = useDeleteReport();
  const [returning, setReturning] = useState(false);
  const allowed = new Set(report.allowedActions);
  const actions = BUTTON_ORDER.filter((a) => allowed.has(a));
  if (actions.length === 0) return null;

  const run = (action: SimpleReportAction) =>
    act.mutate(
      { id: report.id, action },
      {
        onSuccess: () => void message.success(t(`report.done.${action}`)),
        onError: (e) => onError(e),
      },
    );
  const pending = (action: string) => act.isPending && act.variables?.action === action;
  const label = (action: string) => enumLabel(t, 'reportAction', action);

  const buttons = actions.map((action) => {
    const common = { icon: ICONS[action], 'data-action': action };
    switch (action) {
      case 'edit':
        return (
          <Button
            key={action}
            {...common}
            onClick={() => void navigate(`/inspection-reports/${report.id}/edit`)}
          >
            {label(action)}
          </Button>
        );
      case 'submit':
      case 'approve':
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
      case 'publish':
        return (
          <Popconfirm
            key={action}
            title={t('report.publishConfirm')}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() => run('publish')}
          >
            <Button {...common} type="primary" loading={pending('publish')}>
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
      case 'delete':
        return (
          <Popconfirm
            key={action}
            title={t('report.deleteConfirm')}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() =>
              del.mutate(report.id, {
                onSuccess: () => {
                  void message.success(t('report.done.delete'));
                  void navigate('/inspection-reports');
                },
                onError: (e) => onError(e),
              })
            }
          >
            <Button {...common} danger loading={del.isPending}>
              {label(action)}
            </Button>
          </Popconfirm>
        );
    }
  });

  return (
    <>
      <Space wrap data-testid="report-actions">
        {buttons}
      </Space>
      {returning && <ReturnModal report={report} onClose={() => setReturning(false)} />}
    </>
  );
}

function ReturnModal({ report, onClose }: { report: InspectionReport; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const ret = useReturnReport();
  return (
    <ReasonModal
      title={t('report.returnTitle')}
      okText={enumLabel(t, 'reportAction', 'return')}
      label={t('report.returnReason')}
      requiredMessage={t('report.returnReasonRequired')}
      pending={ret.isPending}
      onClose={onClose}
      onSubmit={(reason, form) =>
        ret.mutate(
          { id: report.id, reason },
          {
            onSuccess: () => {
              void message.success(t('report.done.return'));
              onClose();
            },
            onError: (e) => onError(e, form),
          },
        )
      }
    />
  );
}
