/**
 * PDFs the inbound API hands out by URL (labels, bills of lading). The simulator core mounts
 * `GET /_sim/documents/:id` on servePdfDocument. The model says a DownloadURL is valid for 15
 * seconds; the simulator keeps the newest MAX_DOCUMENTS instead, so slow tests and manual
 * clicks still work.
 */
import { randomUUID } from 'node:crypto';

export const DOCUMENTS_PATH = '/_sim/documents';
const MAX_DOCUMENTS = 200;

export interface StoredDocument {
  bytes: Uint8Array;
  contentType: 'application/pdf';
}

export class DocumentStore {
  private readonly documents = new Map<string, StoredDocument>();

  put(bytes: Uint8Array): string {
    const id = randomUUID().replaceAll('-', '');
    this.documents.set(id, { bytes, contentType: 'application/pdf' });
    while (this.documents.size > MAX_DOCUMENTS) {
      const oldest = this.documents.keys().next().value;
      if (oldest === undefined) break;
      this.documents.delete(oldest);
    }
    return id;
  }

  get(id: string): StoredDocument | undefined {
    return this.documents.get(id);
  }

  clear(): void {
    this.documents.clear();
  }
}

export const documents = new DocumentStore();

/** What `GET /_sim/documents/:id` serves: the PDF bytes, or undefined for a 404. */
export function servePdfDocument(id: string): StoredDocument | undefined {
  return documents.get(id);
}

/** Where a document is downloaded: on the simulator's public URL (SimRequest.publicUrl). */
export function documentUrl(publicUrl: string, id: string): string {
  return `${publicUrl}${DOCUMENTS_PATH}/${id}`;
}
