import { useState, type KeyboardEvent } from 'react';
import { Alert, Button, Card, Empty, Flex, Input, Spin, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { SearchGroup, SnippetPart } from '../../../api/types';
import { PageHeader } from '../../../components/PageHeader';
import { describeError } from '../../../lib/api/errors';
import { useSearch } from '../api/search';
import { MORE_OF_ONE_KIND, SEARCH_MAX_LENGTH, searchPath } from '../searchParams';
import './search.css';

/** The kind's name in the UI language; a kind this client does not know yet shows its code. */
function kindLabel(t: TFunction, kind: string): string {
  return t(`search.kind.${kind}` as 'search.kind.TASK', { defaultValue: kind });
}

export function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <span className="search-snippet">
      {parts.map((part, i) =>
        part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </span>
  );
}

/** ↑ and ↓ move between the results' links, as Tab does. */
function moveBetweenResults(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('a[data-search-hit]'));
  if (links.length === 0) return;
  const at = links.indexOf(document.activeElement as HTMLElement);
  const next = event.key === 'ArrowDown' ? Math.min(links.length - 1, at + 1) : Math.max(0, at - 1);
  event.preventDefault();
  links[next]?.focus();
}

function GroupCard({ group, q, showMore }: { group: SearchGroup; q: string; showMore: boolean }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="center">
          <span>{kindLabel(t, group.kind)}</span>
          <Tag>{t('search.total', { total: group.total })}</Tag>
        </Flex>
      }
      extra={
        showMore && group.total > group.items.length ? (
          <Link to={searchPath(q, group.kind)}>{t('search.more')}</Link>
        ) : undefined
      }
      data-testid={`search-group-${group.kind}`}
    >
      <ol className="search-hits">
        {group.items.map((hit) => (
          <li key={hit.id}>
            <Link to={hit.link} data-search-hit className="search-hit-title">
              {hit.title}
            </Link>
            <div>
              <Snippet parts={hit.snippet} />
            </div>
          </li>
        ))}
      </ol>
    </Card>
  );
}

/** The page's own box, starting from the words searched (a new search remounts it). */
function SearchBox({ initial, onSearch }: { initial: string; onSearch: (value: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  return (
    <Input.Search
      value={text}
      onChange={(e) => setText(e.target.value)}
      onSearch={onSearch}
      maxLength={SEARCH_MAX_LENGTH}
      enterButton={t('common.search')}
      allowClear
      placeholder={t('search.placeholder')}
      aria-label={t('search.label')}
      className="search-page-input"
      autoFocus={!initial}
    />
  );
}

/** Results of the header's search box, grouped by kind, the matches highlighted. */
export function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const kind = params.get('kinds') ?? undefined;
  const search = useSearch({ q, kinds: kind, size: kind ? MORE_OF_ONE_KIND : undefined });

  const submit = (value: string) => {
    const next = value.trim();
    if (next) setParams({ q: next });
  };

  return (
    <div onKeyDown={moveBetweenResults}>
      <PageHeader title={t('search.title')} />
      <SearchBox key={q} initial={q} onSearch={submit} />
      {kind && (
        <Flex gap={8} align="center" className="search-scope">
          <Typography.Text type="secondary">
            {t('search.onlyKind', { kind: kindLabel(t, kind) })}
          </Typography.Text>
          <Button size="small" type="link" onClick={() => setParams({ q })}>
            {t('search.allKinds')}
          </Button>
        </Flex>
      )}
      {!q.trim() ? (
        <Empty description={t('search.prompt')} />
      ) : search.isError ? (
        <Alert type="error" showIcon title={describeError(t, search.error)} />
      ) : search.isPending ? (
        <Spin />
      ) : search.data.groups.length === 0 ? (
        <Empty description={t('search.nothing', { q: search.data.q })} />
      ) : (
        <Flex vertical gap={16}>
          {search.data.groups.map((group) => (
            <GroupCard key={group.kind} group={group} q={q} showMore={!kind} />
          ))}
        </Flex>
      )}
    </div>
  );
}
