import { Card, Skeleton } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useStatsOverview } from '../api/stats';
import { TotalsCards } from './DashboardPage';

/** The home page's compact view of the dashboard: this year's totals and a link to 驾驶舱. */
export function DashboardSummary() {
  const { t } = useTranslation();
  const overview = useStatsOverview({ year: new Date().getFullYear() });
  // a role without statistics (or an error) simply shows no summary on the home page
  if (overview.isError) return null;
  return (
    <Card
      title={t('dashboard.summary.title')}
      data-testid="dashboard-summary"
      extra={
        <Link to="/dashboard">
          {t('dashboard.summary.open')} <RightOutlined />
        </Link>
      }
    >
      {overview.data ? <TotalsCards overview={overview.data} compact /> : <Skeleton active />}
    </Card>
  );
}
