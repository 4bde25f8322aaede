/**
 * The buyer-name search without storing buyer names: a blind index. Each word of the name
 * Amazon returns with the BUYER dataset (and of the business buyer's company name) is
 * normalised (lower case, accents stripped) and hashed with HMAC-SHA256 under a key derived
 * from the data key and bound to the workspace; only those tokens are stored
 * (order_buyer_name_tokens). A search hashes the typed words the same way and finds the orders
 * holding all of them. Without the key a token says nothing; the same name gives other tokens
 * in another workspace. The whole name is not stored as a token of its own: every word of it
 * must match anyway, so it would find nothing more.
 */
import { createHmac } from 'node:crypto';
import type { SecretBox } from '@/lib/crypto/secret-box';

/** Bytes of the HMAC kept: 128 bits never collide by chance at any number of orders. */
const TOKEN_BYTES = 16;
/** A name longer than this many words is not a name; the rest are ignored. */
const MAX_WORDS = 12;

/** Lower case, accents and other combining marks stripped (é → e, ß → ss), NFKC-compatible forms folded. */
export function normalizeNameText(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLocaleLowerCase('en-US')
      .replace(/ß/g, 'ss')
      // Turkish dotless i: typed as i on most keyboards.
      .replace(/ı/g, 'i')
  );
}

/** The normalised words of a name or of a search: letters and digits, split at anything else, each once. */
export function nameWords(text: string): string[] {
  const words = normalizeNameText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_WORDS);
}

export class BuyerNameIndex {
  private readonly key: Buffer;

  constructor(key: Buffer) {
    if (key.length < 32) throw new Error('The buyer-name index key must be at least 32 bytes.');
    this.key = key;
  }

  /** The index's key, derived from the data key (a rotation of the data key changes it). */
  static fromSecretBox(box: SecretBox): BuyerNameIndex {
    return new BuyerNameIndex(box.deriveKey('buyer-name blind index v1'));
  }

  /** One word's token in one workspace. */
  token(workspaceId: string, word: string): string {
    return createHmac('sha256', this.key).update(`${workspaceId}\u0000${word}`).digest().subarray(0, TOKEN_BYTES).toString('base64url');
  }

  /** The tokens stored for an order: its buyer's name words and company name words (null or empty: none). */
  tokensOf(workspaceId: string, ...names: Array<string | null | undefined>): string[] {
    const words = new Set(names.flatMap((name) => (name ? nameWords(name) : [])));
    return [...words].map((word) => this.token(workspaceId, word));
  }

  /** The tokens a search must all find on one order: one per word typed. */
  queryTokens(workspaceId: string, q: string): string[] {
    return nameWords(q).map((word) => this.token(workspaceId, word));
  }
}
