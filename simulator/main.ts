/** `npm run simulator`: runs the SP-API simulator on 127.0.0.1 (see simulator/README.md). */
import { startSimulator } from './core/server.js';

function numberFromEnv(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`${name} must be a number, got "${raw}"`);
  return value;
}

const start = process.env.SIM_START ? new Date(process.env.SIM_START) : undefined;
if (start && Number.isNaN(start.getTime())) throw new Error('SIM_START must be an ISO 8601 date');

const publicUrl = process.env.SIM_PUBLIC_URL || undefined;
if (publicUrl && !/^https?:$/.test(URL.parse(publicUrl)?.protocol ?? '')) throw new Error(`SIM_PUBLIC_URL must be an http(s) URL, got "${publicUrl}"`);

const simulator = await startSimulator({
  host: '127.0.0.1',
  port: numberFromEnv('SIM_PORT') ?? 4010,
  clockScale: numberFromEnv('SIM_CLOCK_SCALE') ?? 1,
  // The dashboard paces itself on the wall clock: tell it the rates an accelerated clock allows.
  realTimeRateHeader: true,
  seed: numberFromEnv('SIM_SEED') ?? 1,
  ...(numberFromEnv('SIM_ORDERS') !== undefined ? { orders: numberFromEnv('SIM_ORDERS') } : {}),
  ...(start ? { start } : {}),
  ...(publicUrl ? { publicUrl } : {}),
});
console.log(`SP-API simulator listening on ${simulator.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void simulator.close().then(() => process.exit(0));
  });
}
