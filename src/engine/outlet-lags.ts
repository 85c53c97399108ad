// How fast each outlet follows events: the median hours from an event's first dated article to the outlet's first
// article on it, over the events with two or more dated articles (a pure function of the stored dated members).

/** Each outlet's median lag in hours (one decimal), from every dated member's event, outlet and date. */
export function medianLagHours(members: Iterable<{ event: string; outlet: string; published: string }>): Map<string, number> {
  const byEvent = new Map<string, { dated: number; firstBy: Map<string, number> }>();
  for (const m of members) {
    const t = Date.parse(m.published);
    if (Number.isNaN(t)) continue; // a partial date ("--12-13") cannot be placed in time
    let e = byEvent.get(m.event);
    if (!e) {
      e = { dated: 0, firstBy: new Map() };
      byEvent.set(m.event, e);
    }
    e.dated++;
    e.firstBy.set(m.outlet, Math.min(e.firstBy.get(m.outlet) ?? Infinity, t));
  }
  const lags = new Map<string, number[]>();
  for (const { dated, firstBy } of byEvent.values()) {
    if (dated < 2) continue;
    const t0 = Math.min(...firstBy.values());
    for (const [outlet, t] of firstBy) {
      if (!lags.has(outlet)) lags.set(outlet, []);
      lags.get(outlet)!.push((t - t0) / 3.6e6); // in place: a copy of the list per event is quadratic in an outlet's events
    }
  }
  return new Map([...lags].map(([outlet, xs]) => [outlet, median(xs)]));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return Math.round((s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2) * 10) / 10;
}
