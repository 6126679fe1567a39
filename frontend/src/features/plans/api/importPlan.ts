import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { fileUpload } from '../../../lib/upload';
import { planKeys } from './plans';

export type ImportInput = { text: string } | { file: File; onProgress?: (percent: number) => void };

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
        await api.POST('/api/v1/plans/import', fileUpload(input.file, input.onProgress)),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planKeys.all }),
  });
}
