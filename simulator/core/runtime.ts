/** Everything one running simulator holds, shared by the HTTP pipeline and /_sim controls. */
import type { SimApiModule } from './contract.js';
import { SimulatedClock } from './clock.js';
import { FaultInjector } from './faults.js';
import { QuotaBuckets } from './quota.js';
import { OperationRouter } from './router.js';
import { TokenStore } from './tokens-store.js';
import { resetWorld } from '../state/world.js';

export interface SimRuntime {
  clock: SimulatedClock;
  tokens: TokenStore;
  quotas: QuotaBuckets;
  /** False turns usage plans off (contract tests that care about bodies, not throttling). */
  enforceQuotas: boolean;
  /**
   * x-amzn-RateLimit-Limit in requests per REAL second (the model's rate times the clock
   * scale), for clients that pace themselves on the wall clock, like the dashboard in front
   * of an accelerated simulator. Off: the model's rate, per simulated second.
   */
  realTimeRateHeader: boolean;
  faults: FaultInjector;
  router: OperationRouter;
  /** Base of the links handlers hand out; see SimulatorOptions.publicUrl. */
  publicUrl: string;
  modules: SimApiModule[];
  seed: number;
  orders: number;
  /** Rebuilds the world (sellers, catalog, orders, module state) at the current simulated time. */
  reset(seed: number, orders: number): void;
}

export function createRuntime(options: {
  seed: number;
  orders: number;
  clock: SimulatedClock;
  modules: SimApiModule[];
  enforceQuotas?: boolean;
  realTimeRateHeader?: boolean;
  publicUrl?: string;
}): SimRuntime {
  const runtime: SimRuntime = {
    clock: options.clock,
    tokens: new TokenStore(),
    quotas: new QuotaBuckets(),
    enforceQuotas: options.enforceQuotas ?? true,
    realTimeRateHeader: options.realTimeRateHeader ?? false,
    faults: new FaultInjector(options.seed),
    router: new OperationRouter(options.modules),
    publicUrl: options.publicUrl ?? '',
    modules: options.modules,
    seed: options.seed,
    orders: options.orders,
    reset(seed, orders) {
      runtime.seed = seed;
      runtime.orders = orders;
      runtime.quotas.clear();
      runtime.faults = new FaultInjector(seed);
      resetWorld(seed, runtime.clock.now(), orders);
      for (const module of runtime.modules) module.reset?.({ seed, clock: runtime.clock, options: { orders } });
    },
  };
  runtime.reset(options.seed, options.orders);
  return runtime;
}
