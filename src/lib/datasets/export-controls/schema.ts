// Export-control measures, their status history and their targets.
import { z } from 'zod';
import { CATEGORIES, DIRECTIONS, EVENT_BASES, STATUSES, TREATMENTS } from '../../vocabulary';
import { isoDate, list, optionalText, placeCode, slug, text } from '../fields';

export { CATEGORIES, DIRECTIONS, STATUSES, TREATMENTS };

export const measureInputSchema = z.object({
	id: slug().meta({ description: 'Measure id' }),
	authority: placeCode().meta({ description: 'Issuing country (ISO3) or bloc (EUU)' }),
	body: text().meta({ description: 'Issuing body, e.g. BIS, MOFCOM, METI' }),
	title: text().meta({ description: 'Title of the measure' }),
	citation: optionalText().meta({ description: 'Instrument, e.g. Federal Register volume and page' }),
	announced: isoDate()
		.nullable()
		.meta({ description: 'Date announced or published; empty when no source dates it' }),
	effective: isoDate().nullable().meta({ description: 'Date it took effect; empty if it never did' }),
	category: z.enum(CATEGORIES).meta({ description: 'What kind of control' }),
	direction: z.enum(DIRECTIONS).meta({
		description:
			'export: restricts what leaves the issuer; import: what may enter it; procurement: who there may buy or use it'
	}),
	controlled_items: optionalText().meta({ description: 'Items controlled' }),
	thresholds: optionalText().meta({ description: 'Stated thresholds, e.g. TPP and performance density' }),
	named_vendors: list(slug()).meta({ description: 'Vendors the measure names, semicolon-separated' }),
	named_chips: list(slug()).meta({
		description:
			'Chips the measure names (see chips), as its controlled items state them, semicolon-separated'
	}),
	source_ids: list(slug())
		.min(1, { error: 'expected at least one source id' })
		.meta({ description: 'Source ids' }),
	notes: optionalText().meta({ description: 'Remarks' })
});

export const measureSchema = measureInputSchema.extend({
	status: z.enum(STATUSES).meta({ description: 'Latest status, derived from the status history' }),
	status_date: isoDate().meta({ description: 'Date of the latest status' }),
	status_basis: z.enum(EVENT_BASES).meta({
		description:
			'scheduled when the latest status only follows from stated dates (a suspension that ran out, a scheduled event), not from a source (derived)'
	}),
	first_date: isoDate().meta({
		description:
			'Earliest known date of the measure: announced, else effective, else its first status event (derived)'
	})
});
export type Measure = z.infer<typeof measureSchema>;

export const measureEventSchema = z.object({
	measure_id: slug().meta({ description: 'Measure id' }),
	date: isoDate().meta({ description: 'Date of the status change' }),
	status: z.enum(STATUSES).meta({ description: 'Status from this date' }),
	until: isoDate().nullable().meta({ description: 'End of a suspension, where stated' }),
	basis: z.enum(EVENT_BASES).meta({
		description:
			'reported: a source published on or after the date says it happened; scheduled: it follows from stated dates and no source confirms it'
	}),
	by_measure: slug().nullable().meta({ description: 'Measure that caused the change' }),
	source_ids: list(slug())
		.min(1, { error: 'expected at least one source id' })
		.meta({ description: 'Source ids' }),
	notes: optionalText().meta({ description: 'Remarks' })
});
export type MeasureEvent = z.infer<typeof measureEventSchema>;

export const measureTargetSchema = z.object({
	measure_id: slug().meta({ description: 'Measure id' }),
	target: placeCode().meta({ description: 'Target country, bloc or group' }),
	treatment: z.enum(TREATMENTS).meta({ description: 'How the measure treats the target' }),
	notes: optionalText().meta({ description: 'Remarks' })
});
export type MeasureTarget = z.infer<typeof measureTargetSchema>;
