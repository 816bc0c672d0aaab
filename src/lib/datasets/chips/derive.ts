// The two figures ECCN 3A090 tests, computed from a chip's stated throughput and die area, never typed.
import { CHIP_FORMATS, FORMAT_BITS, type ChipFormat, type ChipInput } from './schema';

const rateOf = (chip: ChipInput, format: ChipFormat): number | null =>
	({
		fp4: chip.fp4_tflops,
		fp8: chip.fp8_tflops,
		int8: chip.int8_tops,
		fp16: chip.fp16_tflops,
		bf16: chip.bf16_tflops
	})[format];

/**
 * TPP = 2 x MacTOPS x bit length, the highest over formats (15 CFR 774 Supp. 1, 3A090 technical note 1-2):
 * datasheet TOPS and TFLOPS count a multiply-accumulate as 2 operations, so TPP = stated dense rate x bits.
 * Rounded to 0.1, as finer digits would be noise in the stated rates.
 */
export function totalProcessingPerformance(chip: ChipInput): { tpp: number; format: ChipFormat } | null {
	let best: { tpp: number; format: ChipFormat } | null = null;
	for (const format of CHIP_FORMATS) {
		const rate = rateOf(chip, format);
		if (rate === null) continue;
		const tpp = Math.round(rate * FORMAT_BITS[format] * 10) / 10;
		if (!best || tpp > best.tpp) best = { tpp, format };
	}
	return best;
}

/** Performance density = TPP / applicable die area (3A090 technical note 4), to 0.01. */
export function performanceDensity(tpp: number | null, dieArea: number | null): number | null {
	if (tpp === null || dieArea === null) return null;
	return Math.round((tpp / dieArea) * 100) / 100;
}
