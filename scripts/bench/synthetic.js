// Deterministic synthetic portfolios for the benchmarks (a seeded generator, so every run scores the same data).
export function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DIMS = ['loyalty', 'potential', 'reference', 'learning', 'contact', 'emotional'];
const STAGES = ['pioneer', 'growth', 'established', 'declining', 'ending'];

/** n accounts shaped like the sample portfolio: log-normal revenue, costs, most scores filled. */
export function syntheticAccounts(n, seed = 42) {
  const r = rng(seed);
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const revenue = Math.round(Math.exp(10 + r() * 5));
    const scores = {};
    for (const d of DIMS) if (r() > 0.1) scores[d] = 1 + Math.floor(r() * 5);
    out[i] = {
      name: `Account ${i}`,
      revenue,
      directCosts: Math.round(revenue * (0.4 + r() * 0.3)),
      salesCosts: Math.round(revenue * r() * 0.1),
      marketingCosts: Math.round(revenue * r() * 0.05),
      serviceCosts: Math.round(revenue * r() * 0.25),
      serviceHours: Math.round(r() * 400),
      scores,
      commitment: 1 + Math.floor(r() * 5),
      binding: 1 + Math.floor(r() * 5),
      lifecycleStage: STAGES[Math.floor(r() * 5)],
    };
  }
  return out;
}
