import { useEffect, type ReactNode } from 'react';
import { Alert, Button, Card, Form, Space } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/api/errors';
import { DownloadButton } from './DownloadButton';
import { PageHeader } from './PageHeader';

export type ListFilters<V> = {
  /** The filters as the form shows them (from the URL). */
  values: V;
  /** Search (or reset, with an empty object): the form's values. */
  onApply: (values: V) => void;
  /** The filters' Form.Items. */
  children: ReactNode;
};

/**
 * The one list page scaffold: a header with the page's actions and an export button, the filter
 * form (search and reset), an optional notice and legend, the list's error and its table. The
 * filters, sort and page live in the URL (see `useListState`), so the form follows Back and links.
 */
export function ListPage<V extends object>({
  title,
  actions,
  exportLabel,
  onExport,
  notice,
  filters,
  legend,
  error,
  children,
}: {
  title: ReactNode;
  actions?: ReactNode;
  exportLabel?: ReactNode;
  /** Fetches and saves the whole filtered list (the server ignores page and size). */
  onExport?: () => Promise<unknown>;
  notice?: ReactNode;
  filters?: ListFilters<V>;
  legend?: ReactNode;
  /** The list query's error, if it failed. */
  error?: unknown;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const exportButton = onExport && (
    <DownloadButton label={exportLabel} run={onExport} data-action="export" />
  );
  return (
    <>
      <PageHeader
        title={title}
        extra={
          (exportButton || actions) && (
            <Space wrap>
              {exportButton}
              {actions}
            </Space>
          )
        }
      />
      {filters && <FilterForm {...filters} />}
      {notice}
      <Card>
        {legend && <div style={{ marginBottom: 12 }}>{legend}</div>}
        {error ? (
          <Alert
            type="error"
            showIcon
            title={describeError(t, error)}
            style={{ marginBottom: 16 }}
          />
        ) : null}
        {children}
      </Card>
    </>
  );
}

function FilterForm<V extends object>({ values, onApply, children }: ListFilters<V>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  // the URL is the truth: Back, a menu click or a link change it under the form
  const shown = JSON.stringify(values);
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(values);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `shown` stands for `values`
  }, [form, shown]);

  return (
    <Card style={{ marginBottom: 16 }}>
      <Form<V>
        form={form}
        layout="inline"
        onFinish={onApply}
        style={{ rowGap: 12 }}
        data-testid="list-filters"
      >
        {children}
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
              {t('common.search')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                onApply({} as V);
              }}
            >
              {t('common.reset')}
            </Button>
          </Space>
        </Form.Item>
      </Form>
    </Card>
  );
}
