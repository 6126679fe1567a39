import type { ReactNode } from 'react';
import { Checkbox, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumLabel, type EnumGroup } from '../lib/enums';

/** The list filters' common fields, for `ListPage`'s filter form. */

/** A free-text filter (trimmed by the page before it reaches the URL). */
export function KeywordFilter({
  label,
  placeholder,
  width = 180,
  name = 'q',
}: {
  label: ReactNode;
  placeholder?: string;
  width?: number;
  name?: string;
}) {
  return (
    <Form.Item name={name} label={label}>
      <Input allowClear placeholder={placeholder} style={{ width }} />
    </Form.Item>
  );
}

/** One code of an enum, shown by its label (or by `render`, with the label as its title). */
export function EnumFilter<V extends string>({
  name,
  label,
  placeholder,
  width,
  values,
  group,
  render,
}: {
  name: string;
  label: ReactNode;
  placeholder: string;
  width: number;
  values: readonly V[];
  group: EnumGroup;
  render?: (value: V) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={label}>
      <Select
        allowClear
        style={{ width }}
        placeholder={placeholder}
        options={values.map((value) => ({
          value,
          title: enumLabel(t, group, value),
          label: render ? render(value) : enumLabel(t, group, value),
        }))}
      />
    </Form.Item>
  );
}

/** 只看未办结: the open-only flag of a list (see `lib/list/openOnly` for the views' defaults). */
export function OpenOnlyFilter() {
  const { t } = useTranslation();
  return (
    <Form.Item name="open" valuePropName="checked">
      <Checkbox>{t('common.openOnly')}</Checkbox>
    </Form.Item>
  );
}
