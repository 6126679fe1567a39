import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { planKeys } from './plans';

export type ImportInput = { text: string } | { file: File };

/** Sends a notice as text/plain or as a .docx/.txt file (multipart `file`); answers the draft. */
export function useImportPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ImportInput) => {
      if ('text' in input) {
        return unwrap(
          await api.POST('/api/v1/plans/import', {
            body: input.text,
            headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
            bodySerializer: (text) => text,
          }),
        );
      }
      return unwrap(
        await api.POST('/api/v1/plans/import', {
          // the generated type calls a binary part a string; the serializer sends the real file
          body: { file: '' },
          bodySerializer: () => {
            const form = new FormData();
            form.append('file', input.file, input.file.name);
            return form;
          },
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planKeys.all }),
  });
}
