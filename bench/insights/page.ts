// The Chromium side of bench/insights.ts: builds the synthetic records and times computeInsights
// in the page, the way the insights screen calls it.
import { computeInsights, PERIODS } from '@onward/core/insights';
import { syntheticInput } from './synthetic.ts';

const input = syntheticInput();

function time(period: (typeof PERIODS)[number], runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    computeInsights({ ...input, period });
    out.push(performance.now() - start);
  }
  return out;
}

(window as unknown as { runBench: (runs: number) => Record<string, number[]> }).runBench = (runs) =>
  Object.fromEntries(PERIODS.map((p) => [p, time(p, runs)]));
