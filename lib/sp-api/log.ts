/**
 * One log line per SP-API call. It names the operation and the path TEMPLATE only: no query
 * values, no bodies, no tokens, so nothing a buyer typed and nothing that grants access ever
 * reaches the logs, restricted operation or not.
 */

export interface SpApiRequestLog {
  /** `model.operationId`. */
  operation: string;
  method: string;
  /** The path template, e.g. `/orders/v0/orders/{orderId}/address`. */
  path: string;
  sellingPartnerId: string;
  region: string;
  /** Final HTTP status; 0 when no response arrived. */
  status: number;
  latencyMs: number;
  requestId: string | undefined;
  /** Attempts after the first one (token refreshes included). */
  retries: number;
  /** Time spent waiting for our own quota bucket before sending. */
  quotaWaitMs: number;
  /** SP-API error code or our error kind when the call failed. */
  errorCode?: string;
}

export interface SpApiLogger {
  request(entry: SpApiRequestLog): void;
}

/** Default: one JSON line on stdout, which the platform's log collector picks up. */
export const consoleSpApiLogger: SpApiLogger = {
  request(entry) {
    console.info(JSON.stringify({ msg: 'sp-api request', ...entry }));
  },
};

export const silentSpApiLogger: SpApiLogger = { request() {} };
