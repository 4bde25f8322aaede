/**
 * The simulated clock. It starts at real now (or SIM_START), runs at `scale` x real time
 * and can be advanced, so tests never sleep: everything time-based in the simulator
 * (order life cycle, token expiry, quota refill) reads this clock.
 */
import type { SimClock } from './contract.js';

export class SimulatedClock implements SimClock {
  private anchorReal: number;
  private anchorSim: number;

  constructor(
    start: Date = new Date(),
    private scaleFactor = 1,
    private readonly realNow: () => number = Date.now,
  ) {
    this.anchorReal = realNow();
    this.anchorSim = start.getTime();
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  nowMs(): number {
    return this.anchorSim + (this.realNow() - this.anchorReal) * this.scaleFactor;
  }

  get scale(): number {
    return this.scaleFactor;
  }

  /** Re-anchors first so a scale change never makes time jump. */
  setScale(scale: number): void {
    this.reanchor();
    this.scaleFactor = scale;
  }

  advance(seconds: number): void {
    this.reanchor();
    this.anchorSim += seconds * 1000;
  }

  set(to: Date): void {
    this.anchorReal = this.realNow();
    this.anchorSim = to.getTime();
  }

  private reanchor(): void {
    const sim = this.nowMs();
    this.anchorReal = this.realNow();
    this.anchorSim = sim;
  }
}
