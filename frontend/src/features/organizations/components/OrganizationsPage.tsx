import { useMemo, useState, type Key } from 'react';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Input,
  Row,
  Skeleton,
  Space,
  Tag,
  Tree,
  Typography,
  type TreeDataNode,
} from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { OrganizationNode } from '../../../api/types';
import { PageHeader } from '../../../components/PageHeader';
import { describeError } from '../../../lib/api/errors';
import { canAdministerSystem, enumLabel } from '../../../lib/enums';
import { useMe } from '../../auth/api/session';
import { indexTree, useOrganization, useOrganizationTree } from '../api/organizations';
import { OrgFormModal, type OrgFormMode } from './OrgFormModal';

const TYPE_COLORS: Record<string, string> = {
  PROVINCE: 'magenta',
  CITY: 'volcano',
  COUNTY: 'gold',
  ZONE: 'green',
  SCHOOL: 'blue',
  DEPARTMENT: 'purple',
};

function matches(node: OrganizationNode, q: string): boolean {
  return (node.name ?? '').includes(q) || (node.code ?? '').toLowerCase().includes(q.toLowerCase());
}

export function OrganizationsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const tree = useOrganizationTree();
  // a search result opens the page with ?selected=id
  const [params] = useSearchParams();
  const [picked, setSelectedId] = useState<number | undefined>(
    () => Number(params.get('selected')) || undefined,
  );
  const [query, setQuery] = useState('');
  const [openKeys, setExpanded] = useState<Key[]>();
  const [modal, setModal] = useState<OrgFormMode | null>(null);
  const admin = canAdministerSystem(me?.roles);

  const index = useMemo(() => indexTree(tree.data), [tree.data]);

  // until the user chooses, the roots are open and the first root is selected
  const selectedId = picked ?? tree.data?.[0]?.id;
  const expanded = openKeys ?? (tree.data ?? []).map((n) => n.id as Key);

  const treeData = useMemo(() => {
    const q = query.trim();
    const build = (nodes: readonly OrganizationNode[] | undefined): TreeDataNode[] =>
      (nodes ?? []).flatMap((n) => {
        const children = build(n.children);
        if (q && !matches(n, q) && children.length === 0) return [];
        return [
          {
            key: n.id,
            title: (
              <span className="org-tree-node">
                <span className={q && matches(n, q) ? 'org-tree-hit' : undefined}>{n.name}</span>
                <Tag
                  color={TYPE_COLORS[n.type ?? ''] ?? 'default'}
                  style={{ marginInlineStart: 6 }}
                >
                  {enumLabel(t, 'orgType', n.type)}
                </Tag>
              </span>
            ),
            children: children.length ? children : undefined,
          },
        ];
      });
    return build(tree.data);
  }, [tree.data, query, t]);

  const onSearch = (value: string) => {
    setQuery(value);
    const q = value.trim();
    if (!q) return;
    // open every ancestor of a match
    const open = new Set<Key>();
    for (const [id, node] of index.byId) {
      if (!matches(node, q)) continue;
      let parent = index.parentOf.get(id);
      while (parent !== undefined) {
        open.add(parent);
        parent = index.parentOf.get(parent);
      }
    }
    setExpanded([...open]);
  };

  const selectedNode = selectedId !== undefined ? index.byId.get(selectedId) : undefined;

  return (
    <>
      <PageHeader
        title={t('org.title')}
        extra={
          admin && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setModal({ kind: 'create', parentId: selectedId })}
            >
              {selectedId !== undefined ? t('org.createChild') : t('org.createRoot')}
            </Button>
          )
        }
      />
      <Row gutter={16}>
        <Col xs={24} md={10} xl={8}>
          <Card title={t('org.tree')} styles={{ body: { padding: 12 } }}>
            <Input.Search
              allowClear
              placeholder={t('org.searchPlaceholder')}
              onSearch={onSearch}
              onChange={(e) => !e.target.value && setQuery('')}
              style={{ marginBottom: 12 }}
            />
            {tree.isPending ? (
              <Skeleton active />
            ) : tree.isError ? (
              <Alert type="error" showIcon title={describeError(t, tree.error)} />
            ) : (
              <div className="org-tree" data-testid="org-tree">
                <Tree
                  // virtual scrolling keeps a province-sized tree (10,000+ schools) fast
                  height={560}
                  showLine
                  blockNode
                  treeData={treeData}
                  expandedKeys={expanded}
                  onExpand={(keys) => setExpanded(keys)}
                  selectedKeys={selectedId !== undefined ? [selectedId] : []}
                  onSelect={(keys) => {
                    const [first] = keys;
                    if (first !== undefined) setSelectedId(Number(first));
                  }}
                />
              </div>
            )}
          </Card>
        </Col>
        <Col xs={24} md={14} xl={16}>
          <OrgDetails
            id={selectedId}
            node={selectedNode}
            parentName={
              selectedNode?.parentId != null
                ? (index.byId.get(selectedNode.parentId)?.name ?? undefined)
                : undefined
            }
            canEdit={admin}
            onEdit={(id) => setModal({ kind: 'edit', id })}
          />
        </Col>
      </Row>
      {modal && (
        <OrgFormModal
          mode={modal}
          onClose={() => setModal(null)}
          onSaved={(id) => {
            setModal(null);
            if (id !== undefined) setSelectedId(id);
          }}
        />
      )}
    </>
  );
}

function OrgDetails({
  id,
  node,
  parentName,
  canEdit,
  onEdit,
}: {
  id: number | undefined;
  node: OrganizationNode | undefined;
  parentName: string | undefined;
  canEdit: boolean;
  onEdit: (id: number) => void;
}) {
  const { t } = useTranslation();
  const org = useOrganization(id);

  if (id === undefined) {
    return (
      <Card title={t('org.details')}>
        <Empty description={t('org.selectHint')} />
      </Card>
    );
  }
  const o = org.data;
  return (
    <Card
      title={
        <Space>
          {t('org.details')}
          {o?.name && <Typography.Text type="secondary">· {o.name}</Typography.Text>}
        </Space>
      }
      extra={
        canEdit && (
          <Button icon={<EditOutlined />} onClick={() => onEdit(id)} disabled={!o}>
            {t('common.edit')}
          </Button>
        )
      }
    >
      {org.isPending ? (
        <Skeleton active />
      ) : org.isError ? (
        <Alert type="error" showIcon title={describeError(t, org.error)} />
      ) : (
        <Descriptions
          column={1}
          bordered
          size="middle"
          styles={{ label: { width: 160 } }}
          data-testid="org-details"
        >
          <Descriptions.Item label={t('org.name')}>{o?.name}</Descriptions.Item>
          <Descriptions.Item label={t('org.code')}>{o?.code}</Descriptions.Item>
          <Descriptions.Item label={t('org.type')}>
            <Tag color={TYPE_COLORS[o?.type ?? ''] ?? 'default'}>
              {enumLabel(t, 'orgType', o?.type)}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('org.parent')}>{parentName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('org.officeName')}>{o?.officeName || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('org.stage')}>
            {enumLabel(t, 'stage', o?.stage)}
          </Descriptions.Item>
          <Descriptions.Item label={t('org.children')}>
            {node?.children?.length ? (
              <Space wrap size={[4, 8]}>
                {node.children.map((c) => (
                  <Tag key={c.id}>{c.name}</Tag>
                ))}
              </Space>
            ) : (
              t('common.none')
            )}
          </Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}
