import { Button, type ButtonProps } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** 查看案件: the accountability case opened from a finding or a task (the server says which, if any). */
export function CaseLink({ caseId, size }: { caseId: number; size?: ButtonProps['size'] }) {
  const { t } = useTranslation();
  return (
    <Link to={`/accountability/${caseId}`} data-testid="case-link">
      <Button size={size} icon={<SafetyCertificateOutlined />}>
        {t('case.viewCase')}
      </Button>
    </Link>
  );
}
