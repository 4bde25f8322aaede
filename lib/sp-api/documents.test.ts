import { describe, expect, it } from 'vitest';
import { isAllowedDocumentUrl } from './documents';

describe('document download URLs', () => {
  it('fetches only from Amazon https hosts or the configured simulator origin', () => {
    expect(isAllowedDocumentUrl('https://fba-labels.s3.amazonaws.com/x.pdf?sig=1', undefined)).toBe(true);
    expect(isAllowedDocumentUrl('https://sellercentral.amazon.co.uk/labels/1.pdf', undefined)).toBe(true);
    expect(isAllowedDocumentUrl('http://127.0.0.1:4119/_documents/1.pdf', 'http://127.0.0.1:4119')).toBe(true);

    expect(isAllowedDocumentUrl('http://fba-labels.s3.amazonaws.com/x.pdf', undefined)).toBe(false); // not https
    expect(isAllowedDocumentUrl('https://amazonaws.com.evil.example/x.pdf', undefined)).toBe(false);
    expect(isAllowedDocumentUrl('https://evilamazon.com/x.pdf', undefined)).toBe(false);
    expect(isAllowedDocumentUrl('http://169.254.169.254/latest/meta-data', undefined)).toBe(false);
    expect(isAllowedDocumentUrl('http://127.0.0.1:5432/', 'http://127.0.0.1:4119')).toBe(false);
    expect(isAllowedDocumentUrl('https://user:pw@s3.amazonaws.com/x.pdf', undefined)).toBe(false);
    expect(isAllowedDocumentUrl('file:///etc/passwd', undefined)).toBe(false);
  });
});
