import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Dropdown,
  Flex,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
  type TableProps,
} from 'antd';
import {
  DeleteOutlined,
  DownloadOutlined,
  PlusOutlined,
  SaveOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type {
  CreationProgramme,
  CreationSchoolReturn,
  CreationSchoolRow,
} from '../../../api/types';
import { describeError } from '../../../lib/api/errors';
import { ApiError } from '../../../lib/api/problem';
import { CREATION_ROW_STAGES, KINDERGARTEN_OWNERSHIPS, enumLabel } from '../../../lib/enums';
import { useDownload } from '../../../lib/useDownload';
import { UploadProgress } from '../../../components/UploadProgress';
import { useFormat } from '../../../lib/format';
import { UPLOAD_LIMITS } from '../../../lib/upload';
import { useFileLimit } from '../../../lib/useFileLimit';
import { useUnsavedChanges } from '../../../lib/useUnsavedChanges';
import {
  downloadTemplate,
  useImportSchoolReturn,
  useSaveSchoolReturn,
  useSchoolReturn,
} from '../api/creation';
import {
  countProblems,
  emptyRow,
  notApplicable,
  numericColumns,
  toEditable,
  toRequestRows,
  validateRows,
  type EditableRow,
  type NumericColumn,
  type RowProblems,
} from '../fields';
import { formatNumber } from '../format';
import { cellErrors, cellKey, placeErrors, type PlacedError } from '../rowErrors';
import { VerdictTag } from './CreationTags';

/** A row field no row has, so antd never reads `children` (在园幼儿数) as nested rows. */
const NO_TREE = '__noTreeData';

export function SchoolDataPanel({
  programme,
  year,
}: {
  programme: CreationProgramme;
  year: number;
}) {
  const { t } = useTranslation();
  const data = useSchoolReturn(programme.id, year);
  const [importErrors, setImportErrors] = useState<PlacedError[] | null>(null);
  const [importNotes, setImportNotes] = useState<string[]>([]);

  if (data.isPending) return <Skeleton active />;
  if (data.isError) return <Alert type="error" showIcon title={describeError(t, data.error)} />;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <ImportBar
        programme={programme}
        year={year}
        onErrors={(e) => {
          setImportErrors(e);
          setImportNotes([]);
        }}
        onImported={(r) => {
          setImportErrors(null);
          setImportNotes(r.notes ?? []);
        }}
      />
      {importErrors && <ImportErrors errors={importErrors} onClose={() => setImportErrors(null)} />}
      {importNotes.length > 0 && (
        <Alert
          type="info"
          showIcon
          closable={{ onClose: () => setImportNotes([]) }}
          title={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {importNotes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          }
        />
      )}
      <SchoolGrid
        // a new version (saved or imported) starts the grid afresh
        key={`${data.data.version ?? 'new'}-${data.dataUpdatedAt}`}
        programme={programme}
        year={year}
        saved={data.data}
      />
    </Space>
  );
}

function ImportBar({
  programme,
  year,
  onErrors,
  onImported,
}: {
  programme: CreationProgramme;
  year: number;
  onErrors: (errors: PlacedError[]) => void;
  onImported: (result: CreationSchoolReturn) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const importFile = useImportSchoolReturn();
  const fitsLimit = useFileLimit();
  const [percent, setPercent] = useState<number | null>(null);
  const template = useDownload();

  const upload = (file: File) =>
    importFile.mutate(
      { id: programme.id, year, file, onProgress: setPercent },
      {
        onSettled: () => setPercent(null),
        onSuccess: (r) => {
          void message.success(
            t('creation.importDone', {
              count: r.rows.length,
              verdict: enumLabel(t, 'verdict', r.summary?.verdict),
            }),
          );
          onImported(r);
        },
        onError: (e) => {
          if (e instanceof ApiError && e.fieldErrors.length > 0)
            onErrors(placeErrors(e.fieldErrors));
          else if (e instanceof ApiError && e.status === 400)
            onErrors([{ field: 'file', message: describeError(t, e) }]);
          else void message.error(describeError(t, e));
        },
      },
    );

  return (
    <Flex justify="space-between" align="center" wrap gap={12}>
      <Typography.Text type="secondary">{t('creation.importHint')}</Typography.Text>
      <Space wrap>
        <Dropdown
          menu={{
            items: [
              { key: 'xlsx', label: t('creation.templateXlsx') },
              { key: 'csv', label: t('creation.templateCsv') },
            ],
            onClick: ({ key }) =>
              template.start(() =>
                downloadTemplate(
                  programme.id,
                  year,
                  key as 'xlsx' | 'csv',
                  t('creation.templateName', { year }),
                ),
              ),
          }}
        >
          <Button icon={<DownloadOutlined />} loading={template.running} data-action="template">
            {t('creation.template')}
          </Button>
        </Dropdown>
        {programme.editable && (
          <Upload
            accept=".xlsx,.csv"
            showUploadList={false}
            maxCount={1}
            beforeUpload={(file) => {
              if (fitsLimit(file, UPLOAD_LIMITS.creationImport)) {
                setPercent(0);
                upload(file);
              }
              return false;
            }}
          >
            <Button
              type="primary"
              icon={<UploadOutlined />}
              loading={importFile.isPending}
              data-action="import"
            >
              {percent === null ? t('creation.import') : t('upload.progress', { percent })}
            </Button>
          </Upload>
        )}
        <UploadProgress percent={percent} width={160} />
      </Space>
    </Flex>
  );
}

/** Every error of a rejected import, in the file's order. */
function ImportErrors({ errors, onClose }: { errors: PlacedError[]; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      closable={{ onClose }}
      data-testid="import-errors"
      title={t('creation.importErrorsTitle', { count: errors.length })}
      description={
        <Table<PlacedError & { n: number }>
          size="small"
          pagination={false}
          rowKey="n"
          dataSource={errors.map((e, n) => ({ ...e, n }))}
          columns={[
            {
              title: t('creation.importRow'),
              key: 'row',
              width: 80,
              render: (_, e) => (e.row === undefined ? t('creation.importFile') : e.row + 1),
            },
            {
              title: t('creation.importColumn'),
              key: 'column',
              width: 200,
              render: (_, e) => e.column ?? e.field,
            },
            { title: t('creation.importMessage'), dataIndex: 'message', key: 'message' },
          ]}
        />
      }
    />
  );
}

function unitLabel(t: TFunction, c: NumericColumn): string {
  return t(`creation.unit.${c.unit}` as 'creation.unit.m2');
}

function SchoolGrid({
  programme,
  year,
  saved,
}: {
  programme: CreationProgramme;
  year: number;
  saved: CreationSchoolReturn;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { dateTime } = useFormat();
  const kind = programme.kind;
  const editable = programme.editable;
  const preschool = kind === 'INCLUSIVE_PRESCHOOL';
  const save = useSaveSchoolReturn();
  const [rows, setRows] = useState<EditableRow[]>(() => toEditable(saved.rows));
  const [population, setPopulation] = useState<number | null>(saved.childPopulation3to5 ?? null);
  const [dirty, setDirty] = useState(false);
  useUnsavedChanges(dirty);
  const [attempted, setAttempted] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [serverErrors, setServerErrors] = useState<PlacedError[]>([]);

  const problems = useMemo(() => validateRows(kind, rows), [kind, rows]);
  const byCell = useMemo(() => cellErrors(serverErrors), [serverErrors]);
  const general = serverErrors.filter((e) => e.row === undefined);

  const update = (index: number, patch: Partial<CreationSchoolRow>) => {
    setRows((rs) => rs.map((r, i) => (i === index ? { ...r, ...patch } : r)));
    const row = rows[index];
    if (row) setTouched((s) => new Set(s).add(row.key));
    setDirty(true);
    const fields = Object.keys(patch);
    setServerErrors((es) =>
      es.filter((e) => !(e.row === index && e.column !== undefined && fields.includes(e.column))),
    );
  };

  const cellMessages = (index: number, field: string, rowProblems: RowProblems, key: string) => {
    const out = [...(byCell.get(cellKey(index, field)) ?? [])];
    const p = rowProblems[field as keyof RowProblems];
    if (p && (attempted || touched.has(key))) out.unshift(t(`creation.invalid.${p}`));
    return out;
  };

  const withErrors = (node: React.ReactNode, messages: string[]) => (
    <div className={messages.length ? 'creation-cell-error' : undefined}>
      {node}
      {messages.map((m) => (
        <div key={m} className="creation-cell-message" role="alert">
          {m}
        </div>
      ))}
    </div>
  );

  const numberCell = (c: NumericColumn) => ({
    title: (
      <span>
        {t(`creation.field.${c.field}`)}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          （{unitLabel(t, c)}）
        </Typography.Text>
      </span>
    ),
    key: c.field,
    width: c.unit === 'yuan' ? 150 : 120,
    render: (_: unknown, row: EditableRow, index: number) => {
      const nine = row.stage === 'NINE_YEAR';
      const computed =
        !preschool && c.field === 'students' && nine
          ? (row.primaryStudents ?? 0) + (row.juniorStudents ?? 0)
          : undefined;
      if (computed !== undefined)
        return <Typography.Text type="secondary">{formatNumber(computed)}</Typography.Text>;
      if (!preschool && notApplicable(c.field, row.stage))
        return <Typography.Text type="secondary">—</Typography.Text>;
      if (!editable) return formatNumber(row[c.field] ?? undefined, { maxDecimals: 2 });
      const messages = cellMessages(index, c.field, problems[index] ?? {}, row.key);
      return withErrors(
        <InputNumber<number>
          size="small"
          value={row[c.field] ?? null}
          status={messages.length ? 'error' : undefined}
          style={{ width: '100%' }}
          aria-label={`${row.schoolName || index + 1} ${t(`creation.field.${c.field}`)}`}
          data-cell={`${index}.${c.field}`}
          onChange={(v) => update(index, { [c.field]: v ?? undefined })}
        />,
        messages,
      );
    },
  });

  const textCell = (field: 'schoolCode' | 'schoolName', width: number) => ({
    title: t(
      preschool
        ? field === 'schoolCode'
          ? 'creation.field.kindergartenCode'
          : 'creation.field.kindergartenName'
        : `creation.field.${field}`,
    ),
    key: field,
    width,
    fixed: field === 'schoolName' ? ('left' as const) : undefined,
    render: (_: unknown, row: EditableRow, index: number) => {
      if (!editable) return row[field];
      const messages = cellMessages(index, field, problems[index] ?? {}, row.key);
      return withErrors(
        <Input
          size="small"
          value={row[field]}
          status={messages.length ? 'error' : undefined}
          aria-label={`${index + 1} ${t(`creation.field.${field}`)}`}
          data-cell={`${index}.${field}`}
          onChange={(e) => update(index, { [field]: e.target.value })}
        />,
        messages,
      );
    },
  });

  const columns: TableProps<EditableRow>['columns'] = [
    textCell('schoolName', 200),
    textCell('schoolCode', 150),
    preschool
      ? {
          title: t('creation.field.ownership'),
          key: 'ownership',
          width: 140,
          render: (_, row, index) => {
            if (!editable) return enumLabel(t, 'ownership', row.ownership);
            const messages = cellMessages(index, 'ownership', problems[index] ?? {}, row.key);
            return withErrors(
              <Select
                size="small"
                value={row.ownership}
                style={{ width: '100%' }}
                status={messages.length ? 'error' : undefined}
                onChange={(v) => update(index, { ownership: v })}
                options={KINDERGARTEN_OWNERSHIPS.map((o) => ({
                  value: o,
                  label: enumLabel(t, 'ownership', o),
                }))}
              />,
              messages,
            );
          },
        }
      : {
          title: t('creation.field.stage'),
          key: 'stage',
          width: 130,
          render: (_, row, index) => {
            if (!editable) return enumLabel(t, 'rowStage', row.stage);
            const messages = cellMessages(index, 'stage', problems[index] ?? {}, row.key);
            return withErrors(
              <Select
                size="small"
                value={row.stage}
                style={{ width: '100%' }}
                status={messages.length ? 'error' : undefined}
                onChange={(v) => update(index, { stage: v })}
                options={CREATION_ROW_STAGES.map((s) => ({
                  value: s,
                  label: enumLabel(t, 'rowStage', s),
                }))}
              />,
              messages,
            );
          },
        },
    ...numericColumns(kind).map(numberCell),
    ...(preschool
      ? []
      : [
          {
            title: t('creation.field.isTeachingPoint'),
            key: 'isTeachingPoint',
            width: 80,
            align: 'center' as const,
            render: (_: unknown, row: EditableRow, index: number) => (
              <Checkbox
                checked={!!row.isTeachingPoint}
                disabled={!editable}
                aria-label={`${row.schoolName} ${t('creation.field.isTeachingPoint')}`}
                onChange={(e) => update(index, { isTeachingPoint: e.target.checked })}
              />
            ),
          },
        ]),
    ...(editable
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 70,
            fixed: 'right' as const,
            render: (_: unknown, _row: EditableRow, index: number) => (
              <Button
                type="text"
                danger
                size="small"
                icon={<DeleteOutlined />}
                aria-label={t('creation.removeRow')}
                onClick={() => {
                  setRows((rs) => rs.filter((_r, i) => i !== index));
                  setServerErrors([]);
                  setDirty(true);
                }}
              />
            ),
          },
        ]
      : []),
  ];

  const problemCount = countProblems(problems);

  const onSave = () => {
    setAttempted(true);
    if (problemCount > 0) {
      void message.error(t('creation.dataInvalid', { count: problemCount }));
      return;
    }
    save.mutate(
      {
        id: programme.id,
        year,
        body: {
          rows: toRequestRows(kind, rows),
          childPopulation3to5: preschool ? (population ?? undefined) : undefined,
          version: saved.version,
        },
      },
      {
        onSuccess: (r) => {
          setServerErrors([]);
          setDirty(false);
          void message.success(
            t('creation.dataSaved', { verdict: enumLabel(t, 'verdict', r.summary?.verdict) }),
          );
        },
        onError: (e) => {
          if (e instanceof ApiError && e.fieldErrors.length > 0) {
            setServerErrors(placeErrors(e.fieldErrors));
          }
          void message.error(describeError(t, e));
        },
      },
    );
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Space wrap>
          <Typography.Text strong>{t('creation.dataTitle', { year })}</Typography.Text>
          {saved.summary && <VerdictTag verdict={saved.summary.verdict} />}
          {saved.updatedAt && (
            <Typography.Text type="secondary">{dateTime(saved.updatedAt)}</Typography.Text>
          )}
          {dirty && <Tag color="warning">{t('creation.unsaved')}</Tag>}
        </Space>
        {editable && (
          <Space wrap>
            <Button
              icon={<PlusOutlined />}
              onClick={() => {
                setRows((rs) => [...rs, emptyRow(kind)]);
                setDirty(true);
              }}
            >
              {t('creation.addRow')}
            </Button>
            {dirty && (
              <Popconfirm
                title={t('creation.discard')}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={() => {
                  setRows(toEditable(saved.rows));
                  setPopulation(saved.childPopulation3to5 ?? null);
                  setServerErrors([]);
                  setAttempted(false);
                  setTouched(new Set());
                  setDirty(false);
                }}
              >
                <Button>{t('creation.discard')}</Button>
              </Popconfirm>
            )}
            <Button
              type="primary"
              icon={<SaveOutlined />}
              loading={save.isPending}
              onClick={onSave}
              data-action="save-data"
            >
              {t('creation.saveData')}
            </Button>
          </Space>
        )}
      </Flex>
      {preschool && (
        <Space>
          <Typography.Text>{t('creation.childPopulation')}</Typography.Text>
          {editable ? (
            <InputNumber<number>
              min={0}
              value={population}
              aria-label={t('creation.childPopulation')}
              status={
                general.some((e) => e.field.endsWith('childPopulation3to5')) ? 'error' : undefined
              }
              onChange={(v) => {
                setPopulation(v);
                setDirty(true);
              }}
            />
          ) : (
            formatNumber(population ?? undefined)
          )}
        </Space>
      )}
      {(serverErrors.length > 0 || (attempted && problemCount > 0)) && (
        <Alert
          type="error"
          showIcon
          data-testid="data-errors"
          title={
            serverErrors.length > 0
              ? t('creation.dataErrorsTitle', { count: serverErrors.length })
              : t('creation.dataInvalid', { count: problemCount })
          }
          description={
            serverErrors.length > 0 ? (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {serverErrors.map((e, i) => (
                  <li key={`${e.field}-${i}`}>
                    {e.row !== undefined
                      ? `${rows[e.row]?.schoolName || `#${e.row + 1}`} · ${t(
                          `creation.field.${e.column}` as 'creation.title',
                          { defaultValue: e.column },
                        )}：`
                      : ''}
                    {e.message}
                  </li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
      <Table<EditableRow>
        size="small"
        data-testid="school-grid"
        rowKey="key"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: preschool ? 900 : 3000 }}
        locale={{ emptyText: t('creation.notFiledHint', { year }) }}
        // kindergarten rows have a `children` count: not nested rows
        expandable={{ childrenColumnName: NO_TREE }}
      />
    </Space>
  );
}
