import { describe, expect, it } from 'vitest';
import { shareRow } from '../../tests/factories/market-share';
import { definingCells, frequencyOf, shareCells, usable } from './share-cells';

describe('shareCells', () => {
	it('groups one source’s shares per period and measures their coverage without the remainder', () => {
		const cells = shareCells([
			shareRow({ vendor: 'a', share_pct: 60 }),
			shareRow({ vendor: 'b', share_pct: 25 }),
			shareRow({ vendor: 'others', share_pct: 15 }),
			shareRow({ vendor: 'a', share_pct: 70, source_id: 'thin' }),
			shareRow({ vendor: 'others', share_pct: 30, source_id: 'thin' }),
			shareRow({ vendor: 'c', share_pct: null, value: 3 })
		]);
		expect(cells.map((c) => [c.source_id, c.coverage_pct, c.complete])).toEqual([
			['s1', 85, true],
			['thin', 70, false]
		]);
	});
	it('marks a cell holding a forecast as not usable, however complete', () => {
		const [c] = shareCells([
			shareRow({ vendor: 'a', share_pct: 60, basis: 'forecast' }),
			shareRow({ vendor: 'b', share_pct: 40, basis: 'forecast' })
		]);
		expect([c!.complete, c!.forecast, usable(c!)]).toEqual([true, true, false]);
	});
});

describe('definingCells', () => {
	const published = (id: string) => ({ old: '2024-01', new: '2025-06', partial: '2026-01' })[id] ?? '';
	it('takes the newest complete source per period and never a partial one, however new', () => {
		const cells = shareCells([
			shareRow({ vendor: 'a', share_pct: 60, source_id: 'old' }),
			shareRow({ vendor: 'b', share_pct: 30, source_id: 'old' }),
			shareRow({ vendor: 'a', share_pct: 62, source_id: 'new' }),
			shareRow({ vendor: 'b', share_pct: 29, source_id: 'new' }),
			// the newest publication lists one vendor only: it must not define the period
			shareRow({ vendor: 'b', share_pct: 2, source_id: 'partial' })
		]);
		expect(definingCells(cells, published).get('2024')?.source_id).toBe('new');
	});
});

describe('frequencyOf', () => {
	it('tells years, halves and quarters apart', () => {
		expect(['2024', '2024-H1', '2024-Q3'].map(frequencyOf)).toEqual(['annual', 'half-yearly', 'quarterly']);
	});
});
