/**
 * Uploads API 2020-11-01 (uploads_2020-11-01.json): createUploadDestinationForResource hands out
 * an upload URL (PUT /_sim/uploads/:id, as Amazon's presigned S3 URL) for one resource: here
 * a Messaging API message of an order (`messaging/v1/orders/{amazonOrderId}/messages/{type}`),
 * the only resource the dashboard attaches files to. The PUT must carry the Content-MD5 the
 * destination was made with and bytes that hash to it; a message then names the destination
 * in its `attachments` (messaging/attachments.ts), once.
 */
import type { SimApiModule } from '../../core/contract.js';
import { createUploadDestinationForResource } from './destinations.js';
import { uploadDestinations } from './store.js';

export { receiveUpload, UPLOADS_PATH } from './destinations.js';

const uploads: SimApiModule = {
  model: 'uploads_2020-11-01.json',
  reset: () => uploadDestinations.clear(),
  handlers: { createUploadDestinationForResource },
  // What was uploaded, without the bytes.
  inspect: (query) => ({
    uploadDestinations: uploadDestinations
      .all()
      .filter((d) => !query.sellerId || d.sellerId === query.sellerId)
      .map(({ content, ...rest }) => ({ ...rest, size: content?.byteLength ?? null })),
  }),
};

export default uploads;
