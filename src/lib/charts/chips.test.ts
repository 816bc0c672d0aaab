import { describe, expect, it } from 'vitest';
import { chip } from '../../../tests/factories/chips';
import type { Region } from '../views/chips';
import { buildChipScatterOption, PD_RANGE, TPP_RANGE } from './chips';
import { modulesFor } from './modules';

const REGIONS: Region[] = [
	{
		drawable: true,
		paragraph: 'P.a',
		clause: 1,
		tpp: [4800, null],
		pd: [null, null],
		datacenterOnly: false,
		also: []
	},
	{
		drawable: false,
		paragraph: 'Bw',
		clause: 1,
		tpp: [null, null],
		pd: [null, null],
		datacenterOnly: false,
		also: []
	}
];
const CHIPS = [
	chip('a', { name: 'NVIDIA A', tpp: 5000, pd: 6 }),
	chip('v', { name: 'NVIDIA V', tpp: 2000, pd: 3, china_variant_of: 'a' }),
	chip('n', { name: 'NVIDIA N', tpp: 3000, pd: null })
];
type Series = { name: string; data: { id?: string }[]; markArea?: { data: { coord: number[] }[][] } };

describe('buildChipScatterOption', () => {
	const option = buildChipScatterOption(CHIPS, REGIONS, 'T', () => '');
	const series = option.series as Series[];
	it('draws only chips with both figures, China-market variants apart, and says how many are left out', () => {
		expect(series.find((s) => s.name === 'Data-centre chips')!.data.map((d) => d.id)).toEqual(['a']);
		expect(series.find((s) => s.name === 'China-market variants')!.data.map((d) => d.id)).toEqual(['v']);
		expect((option.aria as { label: { description: string } }).label.description).toContain(
			'1 without a die area'
		);
	});
	it('shades each drawable clause, open bounds running to the axis ends', () => {
		const area = series.find((s) => s.name === 'P.a')!.markArea!.data;
		expect(area).toEqual([
			[expect.objectContaining({ coord: [PD_RANGE[0], 4800] }), { coord: [PD_RANGE[1], TPP_RANGE[1]] }]
		]);
		expect(series.some((s) => s.name === 'Bw')).toBe(false);
	});
	it('loads the mark-area and label-layout modules it needs', () => {
		expect(modulesFor(option)).toEqual(expect.arrayContaining(['markArea', 'labelLayout']));
	});
});
