// How the checker and the chip pages word a tested condition: "TPP 2,368 ≥ 4,800".
import type { ConditionResult } from './classify';

export const METRIC_NAMES: Record<ConditionResult['metric'], string> = {
	tpp: 'TPP',
	pd: 'performance density',
	io_bw_gbs: 'I/O bandwidth (GB/s)',
	memory_bw_gbs: 'memory bandwidth (GB/s)',
	hbm_bw_density: 'HBM bandwidth density'
};
const OPS: Record<ConditionResult['op'], string> = { ge: '≥', gt: '>', lt: '<' };
const figure = (v: number | null) => (v === null ? 'unknown' : v.toLocaleString('en-US'));

/** The condition as a reader checks it; with `verdict`, whether it holds. */
export function conditionText(c: ConditionResult, verdict = false): string {
	const text = `${METRIC_NAMES[c.metric]} ${figure(c.actual)} ${OPS[c.op]} ${figure(c.threshold)}`;
	if (!verdict) return text;
	return `${text}: ${c.holds === null ? 'cannot tell' : c.holds ? 'yes' : 'no'}`;
}
