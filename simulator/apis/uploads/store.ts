/**
 * Upload destinations the Uploads API handed out, with what was PUT to them. A message that
 * attaches one marks it used (`usedBy`), so it cannot go out twice, as on Amazon.
 */
export interface UploadDestinationRecord {
  uploadDestinationId: string;
  sellerId: string;
  /** Without a leading slash: `messaging/v1/orders/{amazonOrderId}/messages/invoice`. */
  resource: string;
  /** Base64 MD5 the destination was created with; the upload must match it. */
  contentMD5: string;
  /** The contentType query parameter, when given. */
  contentType?: string;
  createdMs: number;
  content?: Buffer;
  /** The Content-Type the upload was PUT with. */
  uploadedContentType?: string;
  /** The message that attached it: `<action> <sentAt>`. */
  usedBy?: string;
}

class UploadDestinations {
  private readonly byId = new Map<string, UploadDestinationRecord>();

  create(record: UploadDestinationRecord): UploadDestinationRecord {
    this.byId.set(record.uploadDestinationId, record);
    return record;
  }

  get(id: string): UploadDestinationRecord | undefined {
    return this.byId.get(id);
  }

  all(): UploadDestinationRecord[] {
    return [...this.byId.values()];
  }

  clear(): void {
    this.byId.clear();
  }
}

export const uploadDestinations = new UploadDestinations();
