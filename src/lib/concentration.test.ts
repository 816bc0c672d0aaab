import { describe, expect, it } from 'vitest';
import { computeConcentration } from './concentration';
import { shareRow } from '../../tests/factories/market-share';

const row = (vendor: string, share_pct: number | null, source_id = 's') =>
	shareRow({ vendor, share_pct, source_id });
const hq: Record<string, string> = { 'sk-hynix': 'KOR', samsung: 'KOR', micron: 'USA' };

describe('computeConcentration', () => {
	const [c] = computeConcentration(
		[row('sk-hynix', 50), row('samsung', 40), row('micron', 10), row('sk-hynix', 60, 'other-source')],
		(v) => hq[v]
	).filter((x) => x.source_id === 's');

	it('sums squared shares into the HHI', () => {
		expect(c!.hhi).toBe(50 * 50 + 40 * 40 + 10 * 10);
	});
	it('names the top vendor and adds vendors up by headquarters country', () => {
		expect([c!.top_vendor, c!.top_share_pct]).toEqual(['sk-hynix', 50]);
		expect([c!.top_country, c!.top_country_share_pct]).toEqual(['KOR', 90]);
	});
	it('keeps sources apart and leaves the "others" remainder and value-only rows out', () => {
		const all = computeConcentration(
			[row('sk-hynix', 70), row('others', 30), row('micron', null)],
			(v) => hq[v]
		);
		expect(all).toHaveLength(1);
		expect(all[0]).toMatchObject({ vendors: 1, coverage_pct: 70, hhi: 4900 });
	});
});
