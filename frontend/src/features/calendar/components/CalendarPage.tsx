import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Input,
  InputNumber,
  List,
  Popconfirm,
  Select,
  Skeleton,
  Space,
  Table,
  Typography,
  type TableProps,
} from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CalendarDay, CalendarImportResult, CalendarYear } from '../../../api/types';
import { PageHeader } from '../../../components/PageHeader';
import { describeError, useApiErrorHandler } from '../../../lib/api/errors';
import { CALENDAR_DAY_KINDS, enumLabel } from '../../../lib/enums';
import { fromApiDate, toApiDate, useFormat } from '../../../lib/format';
import {
  useCalendarYear,
  useCalendarYears,
  useDeleteCalendarYear,
  useImportCalendarYear,
  useSaveCalendarYear,
  useWorkingDays,
} from '../api/calendar';

/** 工作日安排 (ADMIN): each year's holidays and make-up working days, entered or imported from the notice. */
export function CalendarPage() {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const years = useCalendarYears();
  const calendar = useCalendarYear(year);
  const options = Array.from(
    new Set([thisYear + 1, thisYear, ...(years.data ?? []).map((y) => y.year)]),
  ).sort((a, b) => b - a);

  return (
    <>
      <PageHeader title={t('calendar.title')} />
      <Typography.Paragraph type="secondary">{t('calendar.hint')}</Typography.Paragraph>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <Space wrap>
            <Typography.Text>{t('calendar.year')}</Typography.Text>
            <Select<number>
              aria-label={t('calendar.year')}
              data-testid="calendar-year"
              style={{ width: 120 }}
              value={year}
              onChange={setYear}
              options={options.map((y) => ({ value: y, label: String(y) }))}
            />
            {(years.data ?? [])
              .filter((y) => y.year === year)
              .map((y) => (
                <Typography.Text key={y.year} type="secondary">
                  {t('calendar.summaryDays', { holidays: y.holidays, workdays: y.workdays })}
                </Typography.Text>
              ))}
          </Space>
        </Card>
        {calendar.isError && (
          <Alert type="error" showIcon title={describeError(t, calendar.error)} />
        )}
        {calendar.data ? (
          <YearEditor
            key={`${calendar.data.year}-${calendar.data.version ?? 'new'}`}
            calendar={calendar.data}
          />
        ) : (
          !calendar.isError && <Skeleton active />
        )}
        <NoticeImport year={year} />
        <WorkingDaysCalculator />
      </Space>
    </>
  );
}

type Row = CalendarDay & { key: string };

function YearEditor({ calendar }: { calendar: CalendarYear }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const { pickerFormat } = useFormat();
  const save = useSaveCalendarYear();
  const remove = useDeleteCalendarYear();
  const [source, setSource] = useState(calendar.source ?? '');
  const [days, setDays] = useState<Row[]>(calendar.days.map((d) => ({ ...d, key: d.date })));
  const [adding, setAdding] = useState<Dayjs | null>(null);

  const change = (key: string, patch: Partial<CalendarDay>) =>
    setDays((all) => all.map((d) => (d.key === key ? { ...d, ...patch } : d)));
  const add = () => {
    const date = toApiDate(adding);
    if (!date || days.some((d) => d.date === date)) return;
    const weekend = adding!.day() === 0 || adding!.day() === 6;
    setDays((all) =>
      [
        ...all,
        { key: date, date, kind: weekend ? ('WORKDAY' as const) : ('HOLIDAY' as const) },
      ].sort((a, b) => a.date.localeCompare(b.date)),
    );
    setAdding(null);
  };
  const onSave = () =>
    save.mutate(
      {
        year: calendar.year,
        body: {
          source: source.trim(),
          days: days.map(({ date, kind, name }) => ({ date, kind, name: name || undefined })),
          version: calendar.version,
        },
      },
      { onSuccess: () => void message.success(t('calendar.saved')), onError: (e) => onError(e) },
    );

  const columns: TableProps<Row>['columns'] = [
    { title: t('calendar.date'), dataIndex: 'date', width: 130 },
    {
      title: t('calendar.weekday'),
      key: 'weekday',
      width: 90,
      render: (_, d) => fromApiDate(d.date)?.format('ddd'),
    },
    {
      title: t('calendar.kind'),
      key: 'kind',
      width: 150,
      render: (_, d) => (
        <Select
          size="small"
          value={d.kind}
          style={{ width: 130 }}
          onChange={(kind) => change(d.key, { kind })}
          options={CALENDAR_DAY_KINDS.map((k) => ({
            value: k,
            label: enumLabel(t, 'calendarDayKind', k),
          }))}
        />
      ),
    },
    {
      title: t('calendar.name'),
      key: 'name',
      render: (_, d) => (
        <Input
          size="small"
          value={d.name ?? ''}
          maxLength={100}
          onChange={(e) => change(d.key, { name: e.target.value })}
        />
      ),
    },
    {
      key: 'remove',
      width: 48,
      render: (_, d) => (
        <Button
          size="small"
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={t('common.delete')}
          onClick={() => setDays((all) => all.filter((x) => x.key !== d.key))}
        />
      ),
    },
  ];

  return (
    <Card
      title={t('calendar.days')}
      data-testid="calendar-editor"
      extra={
        calendar.scheduled && (
          <Popconfirm
            title={t('calendar.deleteConfirm')}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() =>
              remove.mutate(calendar.year, {
                onSuccess: () => void message.success(t('calendar.deleted')),
                onError: (e) => onError(e),
              })
            }
          >
            <Button danger size="small" loading={remove.isPending}>
              {t('calendar.deleteYear')}
            </Button>
          </Popconfirm>
        )
      }
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {!calendar.scheduled && (
          <Alert
            type="warning"
            showIcon
            data-testid="weekends-only"
            title={t('calendar.unscheduled', { year: calendar.year })}
          />
        )}
        <Space.Compact style={{ width: '100%' }}>
          <Button disabled>{t('calendar.source')}</Button>
          <Input
            aria-label={t('calendar.source')}
            placeholder={t('calendar.sourcePlaceholder')}
            value={source}
            maxLength={1000}
            onChange={(e) => setSource(e.target.value)}
            data-testid="calendar-source"
          />
        </Space.Compact>
        <Table<Row>
          rowKey="key"
          size="small"
          columns={columns}
          dataSource={days}
          pagination={false}
          scroll={{ y: 360 }}
          data-testid="calendar-days"
        />
        <Flex wrap gap={8} justify="space-between">
          <Space>
            <DatePicker format={pickerFormat} value={adding} onChange={setAdding} />
            <Button icon={<PlusOutlined />} onClick={add} disabled={!adding}>
              {t('calendar.addDay')}
            </Button>
          </Space>
          <Button
            type="primary"
            onClick={onSave}
            loading={save.isPending}
            disabled={!source.trim()}
            data-testid="calendar-save"
          >
            {t('calendar.save')}
          </Button>
        </Flex>
      </Space>
    </Card>
  );
}

function NoticeImport({ year }: { year: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const importing = useImportCalendarYear();
  const [text, setText] = useState('');
  const [result, setResult] = useState<CalendarImportResult | null>(null);
  const run = (preview: boolean) =>
    importing.mutate(
      { year, text, preview },
      {
        onSuccess: (r) => {
          setResult(r);
          if (r.saved) {
            void message.success(t('calendar.imported', { count: r.calendar?.days.length ?? 0 }));
          }
        },
        onError: (e) => onError(e),
      },
    );
  return (
    <Card title={t('calendar.importTitle')} data-testid="calendar-import">
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Input.TextArea
          aria-label={t('calendar.importTitle')}
          placeholder={t('calendar.importHint')}
          autoSize={{ minRows: 4, maxRows: 12 }}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <Space>
          <Button onClick={() => run(true)} disabled={!text.trim()} loading={importing.isPending}>
            {t('calendar.preview')}
          </Button>
          <Button
            type="primary"
            onClick={() => run(false)}
            disabled={!text.trim()}
            loading={importing.isPending}
          >
            {t('calendar.importSave')}
          </Button>
        </Space>
        {result && (
          <>
            {result.calendar && (
              <Typography.Text data-testid="import-read">
                {result.calendar.source}：
                {result.calendar.days
                  .map((d) => `${d.date} ${enumLabel(t, 'calendarDayKind', d.kind)}`)
                  .join('，')}
              </Typography.Text>
            )}
            {result.warnings.length > 0 && (
              <Alert
                type="warning"
                showIcon
                title={t('calendar.warnings')}
                description={
                  <List
                    size="small"
                    dataSource={result.warnings}
                    renderItem={(w) => (
                      <List.Item>
                        {w.line}: {w.text}（{w.message}）
                      </List.Item>
                    )}
                  />
                }
              />
            )}
          </>
        )}
      </Space>
    </Card>
  );
}

function WorkingDaysCalculator() {
  const { t } = useTranslation();
  const { pickerFormat, date } = useFormat();
  const [from, setFrom] = useState<Dayjs | null>(null);
  const [days, setDays] = useState<number | null>(5);
  const [asked, setAsked] = useState<{ from: string; days: number } | undefined>();
  const result = useWorkingDays(asked?.from, asked?.days);
  return (
    <Card title={t('calendar.calculator')} data-testid="working-days">
      <Space wrap align="center">
        <DatePicker
          aria-label={t('calendar.from')}
          placeholder={t('calendar.from')}
          format={pickerFormat}
          value={from}
          onChange={setFrom}
        />
        <InputNumber
          aria-label={t('calendar.workingDays')}
          min={0}
          max={3650}
          value={days}
          onChange={setDays}
        />
        <Typography.Text>{t('calendar.workingDays')}</Typography.Text>
        <Button
          disabled={!from || days === null}
          onClick={() => setAsked({ from: toApiDate(from) as string, days: days ?? 0 })}
        >
          {t('calendar.calculate')}
        </Button>
        {result.data && (
          <Typography.Text strong data-testid="working-days-result">
            {t('calendar.result', {
              from: date(result.data.from),
              days: result.data.days,
              date: date(result.data.date),
            })}
          </Typography.Text>
        )}
      </Space>
      {result.data?.weekendsOnly && (
        <Alert
          style={{ marginTop: 12 }}
          type="warning"
          showIcon
          title={t('calendar.weekendsOnlyNote', {
            years: result.data.yearsWithoutSchedule.join('、'),
          })}
        />
      )}
      {result.isError && (
        <Alert
          style={{ marginTop: 12 }}
          type="error"
          showIcon
          title={describeError(t, result.error)}
        />
      )}
    </Card>
  );
}
