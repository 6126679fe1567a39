import type { Attachment } from '../../../api/types';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { saveDownload } from '../../../lib/download';
import { fileUpload } from '../../../lib/upload';

/** Uploads one file (multipart field `file`); the returned id is then sent with the report. */
export async function uploadAttachment(
  file: Blob,
  onProgress?: (percent: number) => void,
): Promise<Attachment> {
  return unwrap(await api.POST('/api/v1/attachments', fileUpload(file, onProgress)));
}

/**
 * Downloads an attachment. The file needs the bearer token, so a plain link would not do: fetch it
 * through the API client (which also refreshes an expired token) and save the blob.
 */
export async function downloadAttachment(attachment: Pick<Attachment, 'id' | 'fileName'>) {
  const result = await api.GET('/api/v1/attachments/{id}', {
    params: { path: { id: attachment.id } },
    parseAs: 'blob',
  });
  saveDownload(result, attachment.fileName);
}
