// Rows for unit tests of the chip rules engine: valid by default, overridable per test.
import type { ControlParameter } from '../../src/lib/datasets/control-parameters/schema';
import type { ChipSpecs } from '../../src/lib/rules/classify';

export const specs = (p: Partial<ChipSpecs> = {}): ChipSpecs => ({
	tpp: null,
	pd: null,
	io_bw_gbs: null,
	memory_bw_gbs: null,
	datacenter: true,
	...p
});

export const condition = (
	paragraph: string,
	clause: number,
	metric: ControlParameter['metric'],
	op: ControlParameter['op'],
	value: number | null,
	p: Partial<ControlParameter> = {}
): ControlParameter => ({
	measure_id: 'rule',
	paragraph,
	clause,
	metric,
	op,
	value,
	value_from_chip: null,
	datacenter_only: false,
	item: 'ic',
	effect: 'controlled',
	effective: '2023-01-01',
	until: null,
	published: true,
	source_ids: ['s'],
	notes: null,
	...p
});
