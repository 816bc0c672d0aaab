import { describe, expect, it } from 'vitest';
import { chip, condition } from '../../../tests/factories/chips';
import { caughtBy, chipTable, defaultVintage, regionsOf, shortName } from './chips';

// Two vintages: "old" tests TPP and I/O; "new" has a TPP band and a bandwidth-only paragraph.
const PARAMS = [
	condition('Old', 1, 'tpp', 'ge', 100, { measure_id: 'old', effective: '2022-01-01', until: '2022-12-31' }),
	condition('Old', 1, 'io_bw_gbs', 'ge', 600, {
		measure_id: 'old',
		effective: '2022-01-01',
		until: '2022-12-31'
	}),
	condition('New.a', 1, 'tpp', 'ge', 100, { measure_id: 'new', effective: '2023-01-01' }),
	condition('New.b', 1, 'tpp', 'ge', 50, {
		measure_id: 'new',
		effective: '2023-01-01',
		datacenter_only: true
	}),
	condition('New.b', 1, 'tpp', 'lt', 100, {
		measure_id: 'new',
		effective: '2023-01-01',
		datacenter_only: true
	}),
	condition('New.b', 1, 'pd', 'ge', 2, { measure_id: 'new', effective: '2023-01-01', datacenter_only: true }),
	condition('Bw', 1, 'memory_bw_gbs', 'ge', 4000, { measure_id: 'bw', effective: '2024-01-01' })
];

describe('regionsOf', () => {
	it('turns each clause into bounds on TPP and density, keeping the tests the axes cannot show', () => {
		expect(regionsOf(PARAMS, 'new')).toEqual([
			{
				drawable: true,
				paragraph: 'New.a',
				clause: 1,
				tpp: [100, null],
				pd: [null, null],
				datacenterOnly: false,
				also: []
			},
			{
				drawable: true,
				paragraph: 'New.b',
				clause: 1,
				tpp: [50, 100],
				pd: [2, null],
				datacenterOnly: true,
				also: []
			}
		]);
		const [old] = regionsOf(PARAMS, 'old');
		expect(old!.also).toEqual([{ metric: 'io_bw_gbs', op: 'ge', value: 600, chip: null }]);
		expect(regionsOf(PARAMS, 'bw')[0]!.drawable).toBe(false);
	});
	it('defaults to the vintage that shades the most, not a bandwidth-only one', () => {
		expect(defaultVintage(PARAMS).measure_id).toBe('new');
		const reuse = condition('New.a again', 1, 'tpp', 'ge', 100, {
			measure_id: 'later',
			effective: '2025-01-01'
		});
		expect(defaultVintage([...PARAMS, reuse]).measure_id).toBe('new');
	});
});

describe('chipTable', () => {
	it('classifies each chip under each vintage’s own paragraphs and on the cut-off', () => {
		const [row] = chipTable(
			[chip('x', { tpp: 120, io_bw_gbs: 400, memory_bw_gbs: 4000 })],
			PARAMS,
			'2024-06-01'
		);
		expect(row!.byVintage).toEqual({ old: 'not controlled', new: 'New.a', bw: 'Bw' });
		expect(row!.onCutoff).toBe('New.a, Bw');
	});
	it('leaves out of the cut-off column the measures that do not apply then (suspended, not enforced)', () => {
		const notBw = (id: string) => id !== 'bw';
		const [row] = chipTable([chip('x', { tpp: 120, memory_bw_gbs: 4000 })], PARAMS, '2024-06-01', notBw);
		expect(row!.onCutoff).toBe('New.a');
		// Each vintage's own column still says what its thresholds said the day they took effect.
		expect(row!.byVintage.bw).toBe('Bw');
	});
});

describe('caughtBy', () => {
	it('lists the chips a measure catches on its first day, and those it names, by name', () => {
		const chips = [
			chip('b', { name: 'B', tpp: 150 }),
			chip('a', { name: 'A', tpp: 10 }),
			chip('c', { name: 'C', tpp: 60, pd: 3 })
		];
		expect(caughtBy('new', ['a'], PARAMS, chips)).toEqual([
			{ slug: 'a', name: 'A', paragraphs: [], named: true },
			{ slug: 'b', name: 'B', paragraphs: ['New.a'], named: false },
			{ slug: 'c', name: 'C', paragraphs: ['New.b'], named: false }
		]);
	});
});

describe('shortName', () => {
	it('drops the vendor’s first word from the name, and nothing else', () => {
		expect(shortName('NVIDIA H100 SXM5 80GB', 'NVIDIA')).toBe('H100 SXM5 80GB');
		expect(shortName('Huawei Ascend 910B', 'Huawei Technologies')).toBe('Ascend 910B');
		expect(shortName('Trainium2', 'Amazon Web Services')).toBe('Trainium2');
	});
});
