import { useRef } from 'react';
import { App, Button, Space, Table, Tag } from 'antd';
import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type {
  IndicatorKind,
  IndicatorSystemDocument,
  IndicatorSystemQuery,
  IndicatorSystemStatus,
  IndicatorSystemSummary,
  IndicatorTargetType,
} from '../../../api/types';
import { EnumFilter, KeywordFilter } from '../../../components/ListFilters';
import { ListPage } from '../../../components/ListPage';
import { useApiErrorHandler } from '../../../lib/api/errors';
import {
  INDICATOR_KINDS,
  INDICATOR_SYSTEM_STATUSES,
  INDICATOR_TARGET_TYPES,
  canMaintainIndicators,
  enumLabel,
} from '../../../lib/enums';
import { useFormat } from '../../../lib/format';
import { toListChange } from '../../../lib/list/listState';
import { useListState } from '../../../lib/list/useListState';
import { UPLOAD_LIMITS } from '../../../lib/upload';
import { useFileLimit } from '../../../lib/useFileLimit';
import { useMe } from '../../auth/api/session';
import { useImportIndicatorSystem, useIndicatorSystems } from '../api/indicatorSystems';
import { SystemStatusTag } from './InspectionTags';

type Filters = {
  q?: string;
  kind?: IndicatorKind;
  status?: IndicatorSystemStatus;
  targetType?: IndicatorTargetType;
};

const FILTERS = {
  q: 'string',
  kind: INDICATOR_KINDS,
  status: INDICATOR_SYSTEM_STATUSES,
  targetType: INDICATOR_TARGET_TYPES,
} as const;
const DEFAULTS = { sort: 'updatedAt,desc' };

export function IndicatorSystemsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { dateTime } = useFormat();
  const { data: me } = useMe();
  const onError = useApiErrorHandler();
  const list = useListState(FILTERS, DEFAULTS);
  const query: IndicatorSystemQuery = list.query;
  const systems = useIndicatorSystems(query);
  const importSystem = useImportIndicatorSystem();
  const fileInput = useRef<HTMLInputElement>(null);
  const canEdit = canMaintainIndicators(me?.roles);
  const fitsLimit = useFileLimit();

  const onImportFile = async (file: File) => {
    if (!fitsLimit(file, UPLOAD_LIMITS.indicatorImport)) return;
    let doc: IndicatorSystemDocument;
    try {
      doc = JSON.parse(await file.text()) as IndicatorSystemDocument;
    } catch {
      void message.error(t('indicator.importInvalid'));
      return;
    }
    importSystem.mutate(doc, {
      onSuccess: (created) => {
        void message.success(t('indicator.importDone'));
        void navigate(`/indicator-systems/${created.id}`);
      },
      onError: (e) => onError(e),
    });
  };

  return (
    <ListPage<Filters>
      title={t('indicator.title')}
      actions={
        canEdit && (
          <Space>
            <input
              ref={fileInput}
              type="file"
              accept=".json,application/json"
              hidden
              data-testid="import-input"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void onImportFile(file);
              }}
            />
            <Button
              icon={<ImportOutlined />}
              loading={importSystem.isPending}
              onClick={() => fileInput.current?.click()}
            >
              {t('indicator.import')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => void navigate('/indicator-systems/new')}
            >
              {t('indicator.create')}
            </Button>
          </Space>
        )
      }
      filters={{
        values: list.filters,
        onApply: ({ q, ...f }) => list.setFilters({ ...f, q: q?.trim() || undefined }),
        children: (
          <>
            <KeywordFilter
              label={t('indicator.name')}
              placeholder={t('indicator.keywordPlaceholder')}
              width={180}
            />
            <EnumFilter
              name="kind"
              label={t('indicator.kind')}
              placeholder={t('indicator.allKinds')}
              width={120}
              values={INDICATOR_KINDS}
              group="indicatorKind"
            />
            <EnumFilter
              name="targetType"
              label={t('indicator.targetType')}
              placeholder={t('indicator.allTargets')}
              width={120}
              values={INDICATOR_TARGET_TYPES}
              group="targetType"
            />
            <EnumFilter
              name="status"
              label={t('indicator.status')}
              placeholder={t('indicator.allStatuses')}
              width={110}
              values={INDICATOR_SYSTEM_STATUSES}
              group="systemStatus"
            />
          </>
        ),
      }}
      error={systems.error}
    >
      <Table<IndicatorSystemSummary>
        rowKey="id"
        loading={systems.isFetching}
        dataSource={systems.data?.items ?? []}
        data-testid="system-table"
        scroll={{ x: 900 }}
        pagination={list.pagination(systems.data?.total)}
        onChange={(p, _f, sorter) => list.onTableChange(toListChange(p, sorter))}
        columns={[
          {
            title: t('indicator.name'),
            key: 'name',
            render: (_, s) => <Link to={`/indicator-systems/${s.id}`}>{s.name}</Link>,
          },
          {
            title: t('indicator.version'),
            key: 'version',
            width: 90,
            render: (_, s) => t('indicator.versionN', { version: s.version }),
          },
          {
            title: t('indicator.kind'),
            key: 'kind',
            width: 100,
            render: (_, s) => <Tag>{enumLabel(t, 'indicatorKind', s.kind)}</Tag>,
          },
          {
            title: t('indicator.targetType'),
            key: 'targetType',
            width: 100,
            render: (_, s) => enumLabel(t, 'targetType', s.targetType),
          },
          {
            title: t('indicator.owner'),
            key: 'owner',
            width: 140,
            render: (_, s) => s.ownerOrgName ?? t('indicator.builtIn'),
          },
          { title: t('indicator.leafCount'), dataIndex: 'leafCount', width: 90 },
          {
            title: t('indicator.totalScore'),
            key: 'totalScore',
            width: 80,
            render: (_, s) => s.totalScore ?? '—',
          },
          {
            title: t('indicator.status'),
            key: 'status',
            width: 90,
            render: (_, s) => <SystemStatusTag status={s.status} />,
          },
          {
            title: t('indicator.updatedAt'),
            key: 'updatedAt',
            width: 170,
            render: (_, s) => dateTime(s.updatedAt),
          },
        ]}
      />
    </ListPage>
  );
}
