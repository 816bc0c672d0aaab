import { describe, expect, it } from 'vitest';
import type { FxRate } from '../../src/lib/datasets/fx-rates/schema';
import { pickRate } from '../../src/lib/datasets/fx-rates/dataset';
import { toUsdMillions } from '../../src/lib/datasets/sovereign-compute/dataset';
import { compareKeys } from './derive';

describe('fx conversion', () => {
	const rates: FxRate[] = [
		{ currency: 'EUR', year: 2023, usd_per_unit: 1.0813, source_id: 's', notes: null },
		{ currency: 'EUR', year: 2024, usd_per_unit: 1.0824, source_id: 's', notes: null }
	];
	it('uses the announcement year, else the latest earlier year', () => {
		expect(pickRate(rates, 'EUR', 2024)?.year).toBe(2024);
		expect(pickRate(rates, 'EUR', 2026)?.year).toBe(2024);
		expect(pickRate(rates, 'EUR', 2022)).toBeUndefined();
	});
	it('rounds to 0.01 million USD', () => {
		expect(toUsdMillions(1500, 1.0824)).toBe(1623.6);
		expect(toUsdMillions(1, 1 / 3)).toBe(0.33);
	});
});

describe('compareKeys', () => {
	it('gives one order whatever the input order, with empty key fields first', () => {
		const rows = [
			{ id: 'm', by: 'x' },
			{ id: 'm', by: null },
			{ id: 'a', by: 'y' },
			{ id: 'm', by: 'b' }
		];
		const expected = [
			{ id: 'a', by: 'y' },
			{ id: 'm', by: null },
			{ id: 'm', by: 'b' },
			{ id: 'm', by: 'x' }
		];
		const compare = compareKeys(['id', 'by']);
		expect([...rows].sort(compare)).toEqual(expected);
		expect([...rows].reverse().sort(compare)).toEqual(expected);
	});
});
