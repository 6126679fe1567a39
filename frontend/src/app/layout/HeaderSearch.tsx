import { useState } from 'react';
import { Button, Input } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SEARCH_MAX_LENGTH, searchPath } from '../../features/search/searchParams';

/**
 * The one search box: a field on wide screens, a button opening the search page on narrow ones (the
 * header must fit 360 px). Enter opens the results grouped by kind.
 */
export function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const go = (value: string) => {
    if (!value.trim()) return;
    void navigate(searchPath(value));
    setText('');
  };
  return (
    <>
      <Input.Search
        className="app-header-search"
        size="small"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={go}
        maxLength={SEARCH_MAX_LENGTH}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
      />
      <Button
        className="app-header-search-button"
        type="text"
        icon={<SearchOutlined />}
        aria-label={t('search.open')}
        onClick={() => void navigate('/search')}
      />
    </>
  );
}
