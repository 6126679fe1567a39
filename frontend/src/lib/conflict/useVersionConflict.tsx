import { useCallback, useRef, useState } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { ConflictDialog, type FieldDescription } from '../../components/ConflictDialog';
import { ApiError } from '../api/problem';
import { mergeOnConflict, resolveConflicts, type FieldConflict, type FieldValues } from './merge';

export type Versioned<V extends FieldValues> = { values: V; version: number };

/** The data of a TanStack `refetch()`, or its error thrown. */
export function refetched<T>(result: { data?: T; error: unknown } | undefined): T {
  if (result?.data !== undefined) return result.data;
  throw result?.error instanceof Error ? result.error : new Error('reload failed');
}

/**
 * The one way an editor with a version handles a stale save (409 VERSION_CONFLICT or 412): it
 * reloads the latest version, re-applies the fields only the user changed, and lets the user pick
 * for the fields both sides changed. The editor then saves again, now with the latest version.
 *
 * `start` is the version the editor was opened with; `read` and `write` get and put the editor's
 * values; `reload` fetches the latest version as editor values.
 */
export function useVersionConflict<V extends FieldValues>({
  start,
  read,
  write,
  reload,
  describe,
}: {
  start: Versioned<V>;
  read: () => V;
  write: (values: V) => void;
  reload: () => Promise<Versioned<V>>;
  describe: (field: string) => FieldDescription;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const base = useRef(start);
  const [version, setVersion] = useState(start.version);
  const [pending, setPending] = useState<{ merged: V; conflicts: FieldConflict[] } | null>(null);

  /** Handles the save error when it is a version conflict (answers true), else leaves it. */
  const onSaveError = useCallback(
    (error: unknown): boolean => {
      if (!(error instanceof ApiError && error.isVersionConflict)) return false;
      void reload().then(
        (latest) => {
          const { merged, conflicts } = mergeOnConflict(base.current.values, read(), latest.values);
          base.current = latest;
          setVersion(latest.version);
          write(merged);
          if (conflicts.length > 0) setPending({ merged, conflicts });
          else void message.warning(t('conflict.reloaded'), 8);
        },
        (e: unknown) => void message.error(e instanceof Error ? e.message : String(e)),
      );
      return true;
    },
    [reload, read, write, message, t],
  );

  const dialog = pending && (
    <ConflictDialog
      conflicts={pending.conflicts}
      describe={describe}
      onResolve={(keepMine) => {
        write(resolveConflicts(read(), pending.conflicts, keepMine));
        setPending(null);
        void message.warning(t('conflict.reloaded'), 8);
      }}
    />
  );

  return {
    /** The version to send with the next save. */
    version,
    onSaveError,
    /** The side-by-side choice, while there are conflicts to settle; render it. */
    dialog,
  };
}
