import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

const FORMATS = {
  'zh-CN': {
    dateTime: 'YYYY年M月D日 HH:mm',
    date: 'YYYY年M月D日',
    long: 'YYYY年M月D日 dddd',
    month: 'YYYY年M月',
  },
  en: {
    dateTime: 'YYYY-MM-DD HH:mm',
    date: 'YYYY-MM-DD',
    long: 'dddd, MMMM D, YYYY',
    month: 'YYYY-MM',
  },
} as const;

/** The API's date format (ISO-8601 local date). */
export const API_DATE = 'YYYY-MM-DD';

type DateInput = string | number | Date | Dayjs | null | undefined;

/** Date formatting that follows the UI language (Chinese by default). */
export function useFormat() {
  const { i18n } = useTranslation();
  const f = i18n.language === 'en' ? FORMATS.en : FORMATS['zh-CN'];
  const fmt = (value: DateInput, pattern: string) =>
    value === null || value === undefined || value === '' ? '—' : dayjs(value).format(pattern);
  return {
    dateTime: (v: DateInput) => fmt(v, f.dateTime),
    date: (v: DateInput) => fmt(v, f.date),
    longDate: (v: DateInput) => fmt(v, f.long),
    month: (v: DateInput) => fmt(v, f.month),
    /** For DatePicker `format`: shown in the UI language, typed either that way or as 2023-02-15. */
    pickerFormat: f.date === API_DATE ? [API_DATE] : [f.date, API_DATE],
  };
}

/** A picked date as the API wants it, or undefined. */
export function toApiDate(value: Dayjs | null | undefined): string | undefined {
  return value ? value.format(API_DATE) : undefined;
}

/** An API date as a picker value. */
export function fromApiDate(value: string | null | undefined): Dayjs | undefined {
  return value ? dayjs(value) : undefined;
}

export function formatFileSize(bytes: number | undefined): string {
  if (bytes === undefined) return '';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export type DateRange = [Dayjs | null, Dayjs | null] | null | undefined;

/** Two API dates (a list's `…After`/`…Before` filter) as a RangePicker value. */
export function toDateRange(from: string | undefined, to: string | undefined): DateRange {
  return from || to ? [fromApiDate(from) ?? null, fromApiDate(to) ?? null] : undefined;
}

/** A RangePicker value as two API dates. */
export function fromDateRange(range: DateRange): [string | undefined, string | undefined] {
  return [toApiDate(range?.[0]), toApiDate(range?.[1])];
}
