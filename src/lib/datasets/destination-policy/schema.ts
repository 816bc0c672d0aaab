// For each US rule vintage on advanced chips: which destinations need a licence and how applications are
// reviewed, from when to when, and the decisions that set conditions on named chips. The rules engine reads it
// with the country groups' membership; nothing about a destination is written in code.
import { z } from 'zod';
import { isoDate, list, optionalText, placeCode, slug } from '../fields';

/** How applications are reviewed; `not-stated` when the text requires a licence and names no policy. */
export const REVIEW_POLICIES = [
	'presumption-of-denial',
	'case-by-case',
	'presumption-of-approval',
	'not-stated'
] as const;
/** rule: what a vintage's text says of a destination; decision: licences granted or a policy announced for named chips. */
export const POLICY_KINDS = ['rule', 'decision'] as const;

export const destinationPolicySchema = z.object({
	measure_id: slug().meta({ description: 'The vintage or decision (see export-controls)' }),
	destination: placeCode().meta({
		description: 'A country, a group (EAR-D1, EAR-D4, EAR-D5), GRP-D5-MAC-HQ (by headquarters) or WLD'
	}),
	except: list(placeCode()).meta({
		description: 'Destinations the row leaves out (e.g. D:1 except D:5 and Macau), separated by semicolons'
	}),
	kind: z.enum(POLICY_KINDS).meta({ description: 'rule (the text) or decision (licences for named chips)' }),
	licence: z.boolean().meta({ description: 'A licence is required' }),
	review_policy: z
		.enum(REVIEW_POLICIES)
		.nullable()
		.meta({ description: 'Review policy, when a licence is required' }),
	condition: optionalText().meta({
		description: 'Conditions set on licences, e.g. a share of revenue paid to the US'
	}),
	from: isoDate().meta({ description: 'First day the policy applied' }),
	until: isoDate().nullable().meta({ description: 'Last day it applied, if a later text replaced it' }),
	source_ids: list(slug()).min(1).meta({ description: 'Sources, separated by semicolons' }),
	notes: optionalText().meta({ description: 'The wording, quoted' })
});
export type DestinationPolicy = z.infer<typeof destinationPolicySchema>;
