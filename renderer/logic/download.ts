import type { ExportedFile } from '../../shared/contract';

/**
 * Hands a file to the browser's (or the desktop shell's) download, which saves it where the
 * person chooses; the page never touches the file system itself.
 */
export function saveDownload(fileName: string, data: BlobPart, mediaType: string): void {
  const url = URL.createObjectURL(new Blob([data], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked later: the download reads the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** An export from the engine (base64 over the contract) saved as a download. */
export function saveExportedFile(file: ExportedFile): void {
  const binary = atob(file.dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  saveDownload(file.fileName, bytes, file.mediaType);
}
