import { describe, expect, it } from 'vitest';
import { describeFields } from './field-list';
import { programSchema } from './datasets/sovereign-compute/schema';
import { marketShareSchema } from './datasets/market-share/schema';

describe('describeFields', () => {
	it('reads types, units, enums and optionality from the zod schema', () => {
		const fields = Object.fromEntries(describeFields(programSchema).map((f) => [f.name, f]));
		expect(fields.amount_usd_m).toMatchObject({ type: 'number', unit: 'million USD', required: false });
		expect(fields.funding!.enum).toContain('private-pledge');
		expect(fields.source_ids!.type).toBe('list');
		expect(fields.gpus!.type).toBe('integer');
		expect(fields.is_public).toMatchObject({ type: 'boolean', required: true });
	});
	it('gives share bounds 0..100', () => {
		const share = describeFields(marketShareSchema).find((f) => f.name === 'share_pct')!;
		expect([share.minimum, share.maximum]).toEqual([0, 100]);
	});
});
