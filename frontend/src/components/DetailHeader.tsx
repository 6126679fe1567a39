import type { ReactNode } from 'react';
import { Button, Flex, Result, Space, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { describeError } from '../lib/api/errors';
import { ApiError } from '../lib/api/problem';
import { rememberedList } from '../lib/list/listState';

/** Whether the router's history has an entry of this app before the current one. */
function canGoBack(): boolean {
  const state = globalThis.history?.state as { idx?: number } | null | undefined;
  return typeof state?.idx === 'number' && state.idx > 0;
}

/**
 * The one header of a detail page: a back link, the title, its tags and the page's actions.
 * Back returns to where the user came from (a filtered list keeps its filters, as they live in the
 * URL); opened from a link or a new tab, it goes to the list, as it was last filtered.
 */
export function DetailHeader({
  back,
  title,
  titleTestId,
  tags,
  actions,
}: {
  /** The list to go back to when there is no history to go back in. */
  back: string;
  title: ReactNode;
  titleTestId?: string;
  tags?: ReactNode;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Flex
      justify="space-between"
      align="flex-start"
      wrap
      gap={12}
      style={{ marginBottom: 16 }}
      data-testid="detail-header"
    >
      <Space orientation="vertical" size={4}>
        <Button
          type="link"
          icon={<ArrowLeftOutlined />}
          style={{ paddingInline: 0 }}
          data-action="back"
          onClick={() => {
            if (canGoBack()) void navigate(-1);
            else void navigate(rememberedList(back));
          }}
        >
          {t('common.back')}
        </Button>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid={titleTestId}>
          {title}
        </Typography.Title>
        {tags && (
          <Space wrap size={8}>
            {tags}
          </Space>
        )}
      </Space>
      {actions}
    </Flex>
  );
}

/** A detail page that could not be loaded: 404 (not there, or not visible to the caller) or the error. */
export function DetailLoadError({
  error,
  back,
  backLabel,
}: {
  error: unknown;
  back: string;
  backLabel: ReactNode;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notFound = error instanceof ApiError && error.status === 404;
  return (
    <Result
      status={notFound ? '404' : 'error'}
      title={notFound ? '404' : undefined}
      // the server says what is missing (问责案件不存在); a generic sentence otherwise
      subTitle={notFound && !error.detail ? t('common.notFound') : describeError(t, error)}
      extra={
        <Button type="primary" onClick={() => void navigate(rememberedList(back))}>
          {backLabel}
        </Button>
      }
    />
  );
}
