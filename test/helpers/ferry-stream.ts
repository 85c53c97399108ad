// A small stream for the weave's looks: a ferry sinking told early in other words, three later reports of it, and an unrelated item.
import type { WeaveInput } from '../../src/weave/index.js';

const told =
  'The ferry Sewol capsized and sank off the island of Jindo with 476 people aboard, most of them students from Danwon High School in Ansan, the coast guard said. Rescuers pulled 172 people from the water.';
/** The same happening in other words: it shares names and numbers with the reports, fewer words. */
export const early: WeaveInput = {
  id: 'early',
  title: 'Ship with Danwon pupils goes down near Jindo',
  published: null,
  text: 'A passenger ship carrying 476 people, among them pupils of Danwon High School, went down near Jindo. Coast guard boats rescued 172. The Sewol had left Incheon for Jeju the night before.',
};
export const reports: WeaveInput[] = [1, 2, 3].map((k) => ({
  id: `report-${k}`,
  title: 'Ferry Sewol sinks off Jindo with 476 aboard',
  published: null,
  text: told,
}));
export const unrelated: WeaveInput = {
  id: 'unrelated',
  title: 'Central bank holds interest rates',
  published: null,
  text: 'The central bank left its benchmark interest rate unchanged at 3.5 percent, citing slowing inflation and a weaker labour market.',
};
