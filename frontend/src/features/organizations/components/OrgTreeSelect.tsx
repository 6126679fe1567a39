import { useMemo } from 'react';
import { TreeSelect, type TreeSelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrganizationNode } from '../../../api/types';
import { useOrganizationTree } from '../api/organizations';

type Option = { value: number; title: string; children?: Option[] };

function toOptions(nodes: readonly OrganizationNode[] | undefined): Option[] {
  return (nodes ?? [])
    .filter((n) => n.id !== undefined)
    .map((n) => ({
      value: n.id,
      title: n.name ?? String(n.id),
      children: n.children?.length ? toOptions(n.children) : undefined,
    }));
}

/**
 * Organisation picker limited to the signed-in user's own subtree. `excludeId` drops a node with
 * its subtree; `omitId` drops only the node and lifts its children (e.g. "below my own office").
 */
export function OrgTreeSelect(
  props: Omit<TreeSelectProps<number | number[]>, 'treeData'> & {
    excludeId?: number;
    omitId?: number;
  },
) {
  const { t } = useTranslation();
  const { data, isLoading } = useOrganizationTree();
  const { excludeId, omitId, ...rest } = props;
  const treeData = useMemo(() => {
    const prune = (list: Option[]): Option[] =>
      list.flatMap((o) => {
        if (o.value === excludeId) return [];
        const children = o.children ? prune(o.children) : undefined;
        if (o.value === omitId) return children ?? [];
        return [{ ...o, children: children?.length ? children : undefined }];
      });
    return prune(toOptions(data));
  }, [data, excludeId, omitId]);
  return (
    <TreeSelect<number | number[]>
      showSearch={{ treeNodeFilterProp: 'title' }}
      allowClear
      loading={isLoading}
      treeDefaultExpandAll={false}
      // a few roots open (an office and its children); many (every county of a city) stay closed
      treeDefaultExpandedKeys={treeData.length <= 3 ? treeData.map((o) => o.value) : []}
      placeholder={t('common.select', { field: t('user.organization') })}
      popupMatchSelectWidth={false}
      style={{ minWidth: 220 }}
      {...rest}
      treeData={treeData}
    />
  );
}
