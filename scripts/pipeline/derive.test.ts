import { describe, expect, it } from 'vitest';
import type { MeasureEvent } from '../../src/lib/schemas/export-controls';
import type { FxRate } from '../../src/lib/schemas/fx-rates';
import { currentStatus, pickRate, toUsdMillions } from './derive';

const event = (date: string, status: MeasureEvent['status'], until: string | null = null): MeasureEvent => ({
	measure_id: 'm',
	date,
	status,
	until,
	by_measure: null,
	source_ids: ['s'],
	notes: null
});

describe('currentStatus', () => {
	it('takes the last event on or before the cut-off', () => {
		const events = [
			event('2025-01-15', 'in-force'),
			event('2025-05-13', 'rescinded'),
			event('2027-01-01', 'amended')
		];
		expect(currentStatus(events, '2026-01-01')).toEqual({ status: 'rescinded', status_date: '2025-05-13' });
	});
	it('returns a suspension that has ended to in force, and expires a fixed term that has passed', () => {
		expect(currentStatus([event('2025-11-10', 'suspended', '2026-11-10')], '2026-11-28')).toEqual({
			status: 'in-force',
			status_date: '2026-11-10'
		});
		expect(currentStatus([event('2025-11-10', 'suspended', '2026-11-10')], '2026-06-01')?.status).toBe(
			'suspended'
		);
		expect(currentStatus([event('2025-11-07', 'in-force', '2026-11-10')], '2026-11-28')?.status).toBe(
			'expired'
		);
	});
	it('is undefined when nothing happened before the cut-off', () => {
		expect(currentStatus([event('2027-01-01', 'in-force')], '2026-01-01')).toBeUndefined();
	});
});

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
