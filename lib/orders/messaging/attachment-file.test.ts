import { describe, expect, it } from 'vitest';
import { attachmentField, MAX_ATTACHMENT_BYTES, readAttachment } from './attachment-file';

const PDF = '%PDF-1.7\n%%EOF\n';
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const messages = (value: unknown) => attachmentField.safeParse(value).error?.issues.map((i) => i.message);

describe('a buyer message attachment', () => {
  it('takes a named file up to 10 MB and refuses text, an empty file, a larger one or an unfit name at the field', () => {
    expect(messages(new File([PDF], 'invoice.pdf'))).toBeUndefined();
    expect(messages('invoice.pdf')).toEqual(['Choose a file.']);
    expect(messages(new File([], 'empty.pdf'))).toEqual(['The file is empty.']);
    // A sparse 10 MB + 1 byte file: its size is all the schema reads.
    expect(messages(new File([new Uint8Array(MAX_ATTACHMENT_BYTES + 1)], 'big.pdf'))).toEqual(['The file is larger than 10 MB.']);
    expect(messages(new File([new Uint8Array(MAX_ATTACHMENT_BYTES)], 'limit.pdf'))).toBeUndefined();
    for (const name of ['../../etc/passwd.pdf', 'a\\b.pdf', 'tab\there.pdf', '   ', `${'x'.repeat(120)}.pdf`, 'x\u202Eexe.pdf']) {
      expect(messages(new File([PDF], name)), name).toEqual(['Give the file a plain name of up to 120 characters.']);
    }
  });

  it("reads the type from the file's first bytes, not its name or the browser's guess", async () => {
    expect(await readAttachment(new File([PDF], ' Invoice 1001.PDF ', { type: 'text/plain' }))).toMatchObject({
      fileName: 'Invoice 1001.PDF',
      contentType: 'application/pdf',
    });
    expect(await readAttachment(new File([PNG], 'label.png'))).toMatchObject({ contentType: 'image/png' });
    expect(await readAttachment(new File([JPEG], 'photo.jpeg'))).toMatchObject({ contentType: 'image/jpeg' });
    expect(await readAttachment(new File(['GIF89a...'], 'anim.gif'))).toMatchObject({ contentType: 'image/gif' });
    expect(await readAttachment(new File(['<html><script>alert(1)</script>'], 'invoice.pdf', { type: 'application/pdf' }))).toEqual({
      error: 'This file is not a PDF or an image (JPEG, PNG or GIF).',
    });
    expect(await readAttachment(new File([PNG], 'invoice.pdf'))).toEqual({ error: 'This file is a PNG; its name must end in .png.' });
    expect(await readAttachment(new File([PDF], 'invoice'))).toEqual({ error: 'This file is a PDF; its name must end in .pdf.' });
  });
});
