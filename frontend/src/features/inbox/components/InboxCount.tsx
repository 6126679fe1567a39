import { Badge, Button } from 'antd';
import { CarryOutOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useInboxCounts } from '../api/inbox';

/** The header's 待办 count; opens the home page, which lists the inbox. */
export function InboxCount() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const counts = useInboxCounts();
  const total = counts.data?.total ?? 0;
  return (
    <Badge count={total} size="small" overflowCount={99} data-testid="header-inbox">
      <Button
        type="text"
        size="small"
        icon={<CarryOutOutlined />}
        onClick={() => void navigate('/')}
      >
        {t('inbox.title')}
      </Button>
    </Badge>
  );
}
