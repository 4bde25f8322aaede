/** Types of client-address.mjs for the tests. */
import type { IncomingMessage } from 'node:http';

type Settings = Record<string, string | undefined>;

export const DEFAULT_HOST: string;
export function listenHost(env: Settings): string;
export function trustedProxyHops(env: Settings): number;
export function clientAddressOf(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, hops: number): string;
export function applyClientAddress(req: Pick<IncomingMessage, 'headers' | 'socket'>, hops: number): string;
