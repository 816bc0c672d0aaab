import { describe, expect, it } from 'vitest';
import { citedSource as src } from '../../../tests/factories/reference';
import { parseSourceQuery, sourceRows } from './sources';

const datasets = [
	{ id: 'market-share', sources: [src('a', 'secondary', '2025-03'), src('b', 'primary', '2024-01-02')] },
	{ id: 'concentration', sources: [src('a', 'secondary', '2025-03')] },
	{ id: 'fx-rates', sources: [src('c', 'primary', null)] }
];
const none = { dataset: null, type: null, q: '' };

describe('sourceRows', () => {
	it('lists each source once with every dataset that cites it, newest first, undated last', () => {
		const rows = sourceRows(datasets, none);
		expect(rows.map((r) => [r.id, r.cited_by])).toEqual([
			['a', ['market-share', 'concentration']],
			['b', ['market-share']],
			['c', ['fx-rates']]
		]);
	});
	it('filters by dataset, type and text (publisher or title, any case)', () => {
		expect(sourceRows(datasets, { ...none, dataset: 'concentration' }).map((r) => r.id)).toEqual(['a']);
		expect(sourceRows(datasets, { ...none, type: 'primary' }).map((r) => r.id)).toEqual(['b', 'c']);
		expect(sourceRows(datasets, { ...none, q: 'TITLE OF C' }).map((r) => r.id)).toEqual(['c']);
	});
});

describe('parseSourceQuery', () => {
	const ids = ['market-share', 'fx-rates'];
	it('keeps known values and names the rest', () => {
		const { query, ignored } = parseSourceQuery(
			new URLSearchParams('dataset=nope&type=primary&q=%20nvidia%20&toString=1'),
			ids
		);
		expect(query).toEqual({ dataset: null, type: 'primary', q: 'nvidia' });
		expect(ignored).toEqual([
			{ key: 'dataset', value: 'nope' },
			{ key: 'toString', value: '1' }
		]);
	});
	it('treats the empty choice of a select as "all"', () => {
		expect(parseSourceQuery(new URLSearchParams('dataset=&type='), ids)).toEqual({
			query: none,
			ignored: []
		});
	});
});
