// Reference clusterer for evaluation: naive single-pass TF-IDF cosine against every event centroid (words only, no index).

/** Cluster texts in order: join the most similar centroid when cosine >= threshold, else found a new cluster. Returns cluster numbers. */
export function singlePassTfidf(texts: string[], threshold: number, stopwords: ReadonlySet<string> = new Set()): number[] {
  const df = new Map<string, number>();
  let docs = 0;
  const centroids: Map<string, number>[] = [];
  const norms: number[] = [];
  const out: number[] = [];
  for (const text of texts) {
    const tf = new Map<string, number>();
    for (const m of text.toLowerCase().matchAll(/\w+/g)) {
      if (stopwords.has(m[0])) continue;
      tf.set(m[0], (tf.get(m[0]) ?? 0) + 1);
    }
    docs += 1;
    for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    const vec = new Map<string, number>();
    let n = 0;
    for (const [t, c] of tf) {
      const w = (1 + Math.log(c)) * Math.log((docs + 1) / (df.get(t) as number));
      vec.set(t, w);
      n += w * w;
    }
    n = Math.sqrt(n) || 1;
    for (const [t, w] of vec) vec.set(t, w / n);
    let best = -1;
    let bestSim = -1;
    centroids.forEach((c, i) => {
      let dot = 0;
      for (const [t, w] of vec) dot += w * (c.get(t) ?? 0);
      const sim = norms[i] > 0 ? dot / norms[i] : 0;
      if (sim > bestSim) {
        bestSim = sim;
        best = i;
      }
    });
    if (best >= 0 && bestSim >= threshold) {
      const c = centroids[best];
      for (const [t, w] of vec) c.set(t, (c.get(t) ?? 0) + w);
      let s = 0;
      for (const w of c.values()) s += w * w;
      norms[best] = Math.sqrt(s);
      out.push(best);
    } else {
      centroids.push(new Map(vec));
      norms.push(1);
      out.push(centroids.length - 1);
    }
  }
  return out;
}
