/** Requests as the handlers see them and the answers they give. */
import type { IncomingHttpHeaders } from 'node:http';
import { jsonParseError } from './errors.js';

export type SfRequest = {
  readonly method: string;
  /** The path with repeated slashes collapsed and no trailing slash. */
  readonly path: string;
  /** `62.0` for a path under /services/data/v62.0; the server's newest version otherwise. */
  readonly version: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
};

export type Reply = {
  readonly status: number;
  readonly json?: unknown;
  readonly text?: string;
  readonly contentType?: string;
  readonly headers?: Readonly<Record<string, string>>;
};

export const json = (status: number, body: unknown, headers?: Record<string, string>): Reply => ({
  status,
  json: body,
  headers,
});

export const noContent = (): Reply => ({ status: 204 });

export const csvReply = (text: string, headers?: Record<string, string>): Reply => ({
  status: 200,
  text,
  contentType: 'text/csv',
  headers,
});

export function jsonBody<T>(req: SfRequest): T {
  const text = req.body.toString('utf8');
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw jsonParseError(`Unexpected character in the request body: ${(error as Error).message}`);
  }
}

export function normalizePath(raw: string): string {
  const collapsed = raw.replace(/\/{2,}/g, '/');
  return collapsed.length > 1 ? collapsed.replace(/\/$/, '') : collapsed;
}
