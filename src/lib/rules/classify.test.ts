import { describe, expect, it } from 'vitest';
import { condition, specs } from '../../../tests/factories/chips';
import { classificationOf, classify, parametersOn, vintages } from './classify';

// A paragraph with two clauses: TPP >= 100, or TPP >= 50 and PD >= 2 (datacenter parts only).
const PARAMS = [
	condition('P.a', 1, 'tpp', 'ge', 100),
	condition('P.a', 2, 'tpp', 'ge', 50, { datacenter_only: true }),
	condition('P.a', 2, 'pd', 'ge', 2, { datacenter_only: true })
];
const only = (s: Parameters<typeof classify>[0], params = PARAMS, date = '2024-01-01') =>
	classify(s, date, params)[0]!;

describe('classify', () => {
	it('meets a paragraph when all conditions of one clause hold, and says which clause', () => {
		const r = only(specs({ tpp: 60, pd: 3 }));
		expect(r.finding).toBe('meets');
		expect(r.clause).toBe(2);
		expect(r.conditions.map((c) => c.holds)).toEqual([true, true]);
	});
	it('is below when every clause fails', () => {
		expect(only(specs({ tpp: 60, pd: 1 })).finding).toBe('below');
	});
	it('is undetermined when a clause could still hold but a figure is missing', () => {
		expect(only(specs({ tpp: 60, pd: null })).finding).toBe('undetermined');
		// A condition that fails settles the clause whatever the missing figure.
		expect(only(specs({ tpp: 40, pd: null })).finding).toBe('below');
		// One clause met is enough, even with another undetermined.
		expect(only(specs({ tpp: 150, pd: null })).finding).toBe('meets');
	});
	it('does not apply a datacenter-only clause to a part not designed for data centres', () => {
		const r = only(specs({ tpp: 60, pd: 3, datacenter: false }));
		expect(r.finding).toBe('below');
		expect(r.notDatacenter).toBe(true);
		expect(only(specs({ tpp: 150, datacenter: false })).finding).toBe('meets');
	});
	it('reads a threshold written as another chip’s figure from that chip', () => {
		const params = [condition('H', 1, 'memory_bw_gbs', 'ge', null, { value_from_chip: 'ref' })];
		const ref = (slug: string) => (slug === 'ref' ? specs({ memory_bw_gbs: 4000 }) : undefined);
		expect(classify(specs({ memory_bw_gbs: 4000 }), '2024-01-01', params, ref)[0]!.finding).toBe('meets');
		expect(classify(specs({ memory_bw_gbs: 3999 }), '2024-01-01', params, ref)[0]!.finding).toBe('below');
		expect(classify(specs({ memory_bw_gbs: 4000 }), '2024-01-01', params)[0]!.finding).toBe('undetermined');
	});
	it('uses only parameters in force on the date, both ends inclusive', () => {
		const dated = [condition('P', 1, 'tpp', 'ge', 1, { effective: '2023-05-01', until: '2023-06-30' })];
		expect(parametersOn(dated, '2023-04-30')).toHaveLength(0);
		expect(parametersOn(dated, '2023-05-01')).toHaveLength(1);
		expect(parametersOn(dated, '2023-06-30')).toHaveLength(1);
		expect(classify(specs({ tpp: 5 }), '2023-07-01', dated)).toEqual([]);
	});
	it('leaves HBM paragraphs out: an accelerator is never a memory stack', () => {
		const hbm = [condition('HBM', 1, 'hbm_bw_density', 'gt', 2, { item: 'hbm' })];
		expect(classify(specs({ tpp: 5 }), '2024-01-01', hbm)).toEqual([]);
	});
});

describe('classificationOf', () => {
	it('names the controlled paragraphs met, else says why none is', () => {
		const zone = condition('Z', 1, 'tpp', 'lt', 1000, { effect: 'review-zone' });
		expect(classificationOf(classify(specs({ tpp: 150 }), '2024-01-01', [...PARAMS, zone]))).toBe('P.a');
		expect(classificationOf(classify(specs({ tpp: 10 }), '2024-01-01', [...PARAMS, zone]))).toBe(
			'not controlled'
		);
		expect(classificationOf(classify(specs({ tpp: 60 }), '2024-01-01', PARAMS))).toBe('undetermined');
		expect(classificationOf([])).toBe('no rule in force');
	});
});

describe('vintages', () => {
	it('lists each controlling measure once, at its first effective day, oldest first', () => {
		const params = [
			condition('B', 1, 'tpp', 'ge', 1, { measure_id: 'new', effective: '2024-02-01' }),
			condition('A', 1, 'tpp', 'ge', 1, { measure_id: 'old', effective: '2022-10-07' }),
			condition('A', 2, 'tpp', 'ge', 1, { measure_id: 'old', effective: '2022-10-07' }),
			condition('Z', 1, 'tpp', 'lt', 1, { measure_id: 'zone', effect: 'review-zone' })
		];
		expect(vintages(params)).toEqual([
			{ measure_id: 'old', effective: '2022-10-07' },
			{ measure_id: 'new', effective: '2024-02-01' }
		]);
	});
});
