import { Alert } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../lib/api/client';
import { unwrap } from '../lib/api/problem';

/** Whether the server runs with demo data (accounts with a published password): asked once per page load. */
function useInstanceInfo() {
  return useQuery({
    queryKey: ['public', 'instance'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/public/instance', { signal })),
    staleTime: Infinity,
    retry: false,
  });
}

/** 演示环境: a banner on every page (and the sign-in page) while the server has demo data. */
export function DemoBanner() {
  const { t } = useTranslation();
  const { data } = useInstanceInfo();
  if (!data?.demoData) return null;
  return (
    <Alert type="warning" banner showIcon title={t('app.demoBanner')} data-testid="demo-banner" />
  );
}
