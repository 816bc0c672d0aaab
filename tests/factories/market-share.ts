// A market-share row for unit tests: valid by default, overridable per test.
import type { MarketShare } from '../../src/lib/datasets/market-share/schema';

export const shareRow = (p: Partial<MarketShare> = {}): MarketShare => ({
	segment: 'hbm',
	metric: 'revenue',
	period: '2024',
	vendor: 'a',
	market: 'WLD',
	share_pct: 10,
	value: null,
	unit: null,
	source_id: 's1',
	basis: 'estimate',
	notes: null,
	year: 2024,
	...p
});
