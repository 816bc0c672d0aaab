// AI accelerators and their China-market variants, with the figures export controls test, as sources state them.
import { z } from 'zod';
import { list, optionalText, partialDate, slug, text } from '../fields';

export const DIE_BASES = ['vendor', 'teardown', 'techpowerup', 'other'] as const;
/** Formats whose dense throughput is recorded, with the bit length the TPP formula multiplies by. */
export const FORMAT_BITS = { fp4: 4, fp8: 8, int8: 8, fp16: 16, bf16: 16 } as const;
export type ChipFormat = keyof typeof FORMAT_BITS;
export const CHIP_FORMATS = Object.keys(FORMAT_BITS) as ChipFormat[];

const rate = (what: string) =>
	z
		.number()
		.min(0, { error: 'expected a rate of 0 or more' })
		.nullable()
		.meta({ description: `Dense (non-sparse) peak ${what}, as the source states it; empty when not stated` });
const amount = (description: string, unit: string) =>
	z.number().positive({ error: 'expected a positive number' }).nullable().meta({ description, unit });

export const chipInputSchema = z.object({
	slug: slug().meta({ description: 'Chip id, e.g. h100-sxm' }),
	name: text().meta({ description: 'Product name' }),
	vendor: slug().meta({ description: 'Vendor slug (see vendors)' }),
	released: partialDate().nullable().meta({ description: 'Announcement or launch date a source states' }),
	datacenter: z.boolean().meta({ description: 'Designed or marketed for use in data centres' }),
	china_variant_of: slug()
		.nullable()
		.meta({ description: 'The chip this one was cut down from for the China market, if any' }),
	fp4_tflops: rate('FP4 throughput, TFLOPS').meta({ unit: 'TFLOPS' }),
	fp8_tflops: rate('FP8 throughput, TFLOPS').meta({ unit: 'TFLOPS' }),
	int8_tops: rate('INT8 throughput, TOPS').meta({ unit: 'TOPS' }),
	fp16_tflops: rate('FP16 throughput, TFLOPS').meta({ unit: 'TFLOPS' }),
	bf16_tflops: rate('BF16 throughput, TFLOPS').meta({ unit: 'TFLOPS' }),
	die_area_mm2: amount(
		'Area of the logic dies made on a non-planar (FinFET or later) process, summed over dies: the "applicable die area" of ECCN 3A090',
		'mm2'
	),
	die_basis: z
		.enum(DIE_BASES)
		.nullable()
		.meta({ description: 'Who measured the die: the vendor, a teardown, TechPowerUp (secondary), other' }),
	memory_gb: amount('Memory capacity', 'GB'),
	memory_bw_gbs: amount('Memory (DRAM) bandwidth', 'GB/s'),
	io_bw_gbs: amount('Chip-to-chip interconnect bandwidth, bidirectional, as the vendor states it', 'GB/s'),
	source_ids: list(slug()).min(1, { error: 'expected at least one source id' }).meta({
		description: 'Sources of the figures, separated by semicolons'
	}),
	notes: optionalText().meta({ description: 'What each source says, and what is missing' })
});

export const chipSchema = chipInputSchema.extend({
	tpp: z.number().nullable().meta({
		description:
			'Total processing performance (ECCN 3A090): 2 x MacTOPS x bit length, highest over formats, derived; datasheet TOPS already count a multiply-accumulate as 2',
		unit: 'bit-TOPS'
	}),
	tpp_format: z
		.enum(Object.keys(FORMAT_BITS) as [ChipFormat, ...ChipFormat[]])
		.nullable()
		.meta({ description: 'The format that gives the highest TPP (derived)' }),
	pd: z.number().nullable().meta({
		description:
			'Performance density: TPP per mm2 of applicable die area (derived; empty without a die area)',
		unit: 'bit-TOPS/mm2'
	})
});
export type ChipInput = z.infer<typeof chipInputSchema>;
export type Chip = z.infer<typeof chipSchema>;
