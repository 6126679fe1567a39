import { App, Button, Popconfirm, type ButtonProps } from 'antd';
import { AlertOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApiErrorHandler } from '../../../lib/api/errors';
import { ApiError } from '../../../lib/api/problem';
import { useOpenCaseFrom } from '../api/cases';

/**
 * 发起问责: opens a prefilled case from an escalated finding or a seriously overdue task and goes
 * to it. A case already open for the source (409 CASE_EXISTS) is named, with a link to it (the
 * problem's caseId member).
 */
export function OpenCaseButton({
  source,
  id,
  size,
  type = 'primary',
}: {
  source: 'finding' | 'task';
  id: number;
  size?: ButtonProps['size'];
  type?: ButtonProps['type'];
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const onError = useApiErrorHandler();
  const open = useOpenCaseFrom();

  const onConfirm = () =>
    open.mutate(
      { source, id },
      {
        onSuccess: (c) => {
          void message.success(t('case.opened', { number: c.caseNumber }));
          void navigate(`/accountability/${c.id}`);
        },
        onError: (e) => {
          if (e instanceof ApiError && e.code === 'CASE_EXISTS') {
            const existing = e.numberMember('caseId');
            modal.warning({
              title: t('case.caseExists'),
              content: e.detail,
              okText: existing ? t('case.viewCase') : t('common.close'),
              onOk: () => {
                if (existing) void navigate(`/accountability/${existing}`);
              },
            });
            return;
          }
          onError(e);
        },
      },
    );

  return (
    <Popconfirm
      title={t('case.openCase')}
      description={t('case.openCaseConfirm')}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      onConfirm={onConfirm}
    >
      <Button
        danger
        type={type}
        size={size}
        icon={<AlertOutlined />}
        loading={open.isPending}
        data-action="open-case"
      >
        {t('case.openCase')}
      </Button>
    </Popconfirm>
  );
}
