/** Paging and date parameters of the outbound list operations. */
import { invalidInput } from '../../../core/contract.js';

export const PAGE_SIZE = 50;

export function parseDate(value: string | undefined, name: string): Date | undefined {
  if (value === undefined || value === '') return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw invalidInput(`Value ${value} for parameter ${name} is invalid.`, 'Expected an ISO 8601 date-time.');
  return date;
}

/** nextToken: where the next page starts and the filter that produced the list. */
interface PageToken {
  offset: number;
  filter: string;
}

export function encodeToken(token: PageToken): string {
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

export function decodeToken(value: string): PageToken {
  try {
    const token = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<PageToken>;
    if (typeof token.offset === 'number' && Number.isInteger(token.offset) && token.offset >= 0 && typeof token.filter === 'string') {
      return { offset: token.offset, filter: token.filter };
    }
  } catch {
    // fall through to the error below
  }
  throw invalidInput(`Value ${value} for parameter nextToken is invalid.`);
}
