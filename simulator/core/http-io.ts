/** Small helpers for reading requests and writing JSON responses with node:http. */
import type { IncomingMessage, ServerResponse } from 'node:http';

const MAX_BODY_BYTES = 10 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<string> {
  return (await readBodyBytes(req)).toString('utf8');
}

/** The body as sent: an upload (a PDF, an image) is bytes, which a UTF-8 string would mangle. */
export async function readBodyBytes(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined || status === 204 ? '' : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', ...headers, ...(text ? { 'content-length': String(Buffer.byteLength(text)) } : {}) });
  res.end(text);
}

/**
 * An answer lost on its way back: headers for the whole body, part of it, then the connection
 * closes. An empty body cannot be cut, so then the connection closes before the headers.
 */
export function sendCutOff(res: ServerResponse, status: number, body: string | Uint8Array, headers: Record<string, string>): void {
  const bytes = Buffer.from(body);
  if (bytes.byteLength < 2) {
    res.destroy();
    return;
  }
  res.writeHead(status, { ...headers, 'content-length': String(bytes.byteLength) });
  res.write(bytes.subarray(0, Math.floor(bytes.byteLength / 2)), () => res.destroy());
}

export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(Buffer.byteLength(html)) });
  res.end(html);
}

/** Query values: repeated keys and comma-separated lists both become string[]. */
export function parseQuery(search: URLSearchParams, arrayNames: Set<string>): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    if (arrayNames.has(key)) query[key] = values.flatMap((v) => v.split(',')).filter((v) => v !== '');
    else query[key] = values[0] ?? '';
  }
  return query;
}
