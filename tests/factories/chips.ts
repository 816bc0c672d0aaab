// Rows for unit tests of the chip rules engine: valid by default, overridable per test.
import type { ControlParameter } from '../../src/lib/datasets/control-parameters/schema';
import type { Chip } from '../../src/lib/datasets/chips/schema';
import type { GroupMember } from '../../src/lib/datasets/country-groups/schema';
import type { DestinationPolicy } from '../../src/lib/datasets/destination-policy/schema';
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

export const chip = (slug: string, p: Partial<Chip> = {}): Chip => ({
	slug,
	name: `Vendor ${slug}`,
	vendor: 'vendor',
	released: null,
	datacenter: true,
	china_variant_of: null,
	fp4_tflops: null,
	fp8_tflops: null,
	int8_tops: null,
	fp16_tflops: null,
	bf16_tflops: null,
	die_area_mm2: null,
	die_basis: null,
	memory_gb: null,
	memory_bw_gbs: null,
	io_bw_gbs: null,
	source_ids: ['s'],
	notes: null,
	tpp: null,
	tpp_format: null,
	pd: null,
	...p
});

/** A destination-policy row: by default a licence for the destination, reviewed under a presumption of denial. */
export const policy = (
	measure_id: string,
	destination: string,
	p: Partial<DestinationPolicy> = {}
): DestinationPolicy => ({
	measure_id,
	destination,
	except: [],
	kind: 'rule',
	licence: true,
	review_policy: 'presumption-of-denial',
	condition: null,
	from: '2023-01-01',
	until: null,
	source_ids: ['s'],
	notes: null,
	...p
});

/** A country's membership of a group, listed from a date. */
export const member = (group: string, country: string, p: Partial<GroupMember> = {}): GroupMember => ({
	group,
	country,
	from: '2022-01-01',
	from_basis: 'listed',
	until: null,
	source_ids: ['s'],
	notes: null,
	...p
});
