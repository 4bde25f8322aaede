/**
 * The file a buyer message attaches: a PDF or an image, up to 10 MB. Amazon's models give no
 * size or type limit for message attachments, so the dashboard sets its own: what a buyer can
 * open anywhere, and small enough to pass through the server action in one request. The type
 * is read from the file's first bytes, not from the name or the browser's guess, and the name
 * the buyer sees must end in that type's extension.
 */
import { z } from 'zod';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_LIMIT_TEXT = 'A PDF or an image (JPEG, PNG or GIF), up to 10 MB.';
/** What the file input offers to pick (the server still reads the bytes). */
export const ATTACHMENT_ACCEPT = 'application/pdf,image/jpeg,image/png,image/gif,.pdf,.jpg,.jpeg,.png,.gif';
const MAX_NAME_LENGTH = 120;

interface FileType {
  contentType: string;
  extensions: readonly string[];
  magic: readonly (readonly number[])[];
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const FILE_TYPES: readonly FileType[] = [
  { contentType: 'application/pdf', extensions: ['pdf'], magic: [ascii('%PDF-')] },
  { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'], magic: [[0xff, 0xd8, 0xff]] },
  { contentType: 'image/png', extensions: ['png'], magic: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]] },
  { contentType: 'image/gif', extensions: ['gif'], magic: [ascii('GIF87a'), ascii('GIF89a')] },
];

/** The attachment as it goes to Amazon: the buyer's file name, its real type, its bytes. */
export interface AttachmentFile {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

// Control characters, path separators and direction overrides (x\u202Eexe.pdf reads as xfdp.exe): a name the buyer reads, never a path.
const UNFIT_NAME = /[\u0000-\u001f\u007f/\\\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** The form's file field: a file, under the cap, with a name fit to show. Its bytes are read by readAttachment. */
export const attachmentField = z.instanceof(File, { message: 'Choose a file.' }).superRefine((file, ctx) => {
  if (file.size === 0) ctx.addIssue({ code: 'custom', message: 'The file is empty.', abort: true });
  else if (file.size > MAX_ATTACHMENT_BYTES) ctx.addIssue({ code: 'custom', message: 'The file is larger than 10 MB.', abort: true });
  else if (!file.name.trim() || file.name.length > MAX_NAME_LENGTH || UNFIT_NAME.test(file.name))
    ctx.addIssue({ code: 'custom', message: `Give the file a plain name of up to ${MAX_NAME_LENGTH} characters.`, abort: true });
});

function typeOf(bytes: Uint8Array): FileType | undefined {
  return FILE_TYPES.find((type) => type.magic.some((magic) => magic.every((byte, i) => bytes[i] === byte)));
}

/** The attachment read from a validated file, or the error to show at the field. */
export async function readAttachment(file: File): Promise<AttachmentFile | { error: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = typeOf(bytes);
  if (!type) return { error: 'This file is not a PDF or an image (JPEG, PNG or GIF).' };
  const fileName = file.name.trim();
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (!extension || !type.extensions.includes(extension))
    return { error: `This file is a ${type.extensions[0]!.toUpperCase()}; its name must end in .${type.extensions[0]}.` };
  return { fileName, contentType: type.contentType, bytes };
}
