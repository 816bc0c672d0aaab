// The closed vocabularies of the datasets. Kept free of zod so that browser code can import them; the
// schemas in this folder build their enums from them.

// market-share
export const METRICS = ['revenue', 'units', 'shipments', 'capacity'] as const;
export const BASES = ['reported', 'estimate', 'forecast', 'derived'] as const;
export const PERIOD_RE = /^(\d{4})(?:-(Q[1-4]|H[12]))?$/;

// export-controls
export const CATEGORIES = [
	'advanced-chips',
	'chip-equipment',
	'materials',
	'entity-listing',
	'model-weights',
	'licence-policy',
	'other'
] as const;
/**
 * Which trade a measure restricts. The atlas covers import-side measures too (a government telling its firms
 * not to buy a foreign chip restricts the same trade from the other end), kept apart so that a map of export
 * treatments never paints a supplier as if it were a target: `import` bars goods at the border or in customs,
 * `procurement` restricts who may buy or use them.
 */
export const DIRECTIONS = ['export', 'import', 'procurement'] as const;
/**
 * A measure's status. `not-enforced`: the issuer announced it will not enforce a rule that stays in law (no
 * rescinding text published), as BIS did with the AI Diffusion Framework in May 2025; not `rescinded`.
 */
export const STATUSES = [
	'announced',
	'in-force',
	'amended',
	'suspended',
	'not-enforced',
	'rescinded',
	'expired'
] as const;
/**
 * What an event rests on. `reported`: a source published on or after its date says it happened. `scheduled`:
 * it follows from a measure's own dates (an effective date, a suspension's end) and no source yet confirms it.
 */
export const EVENT_BASES = ['reported', 'scheduled'] as const;
export const TREATMENTS = [
	'ban',
	'licence-required',
	'presumption-of-denial',
	'case-by-case',
	'presumption-of-approval',
	'exempt',
	'tier-1',
	'tier-2',
	'tier-3',
	'entity-listed',
	'suspended'
] as const;

// countries
export const PLACE_KINDS = ['country', 'bloc', 'group'] as const;
/** World Bank regions: a maintained, widely used grouping. */
export const REGIONS = [
	'east-asia-pacific',
	'europe-central-asia',
	'latin-america-caribbean',
	'middle-east-north-africa',
	'north-america',
	'south-asia',
	'sub-saharan-africa',
	'multiple'
] as const;

// sovereign-compute
export const FUNDING_TYPES = [
	'public-budget',
	'public-loan-equity',
	'sovereign-fund',
	'private-pledge',
	'public-private'
] as const;
/** How far a program has got; `stalled` when a source reports it halted or paused before it was built. */
export const STAGES = ['announced', 'committed', 'disbursed', 'operational', 'stalled'] as const;
/**
 * What a program's money buys: compute alone; compute together with chip-industry support (mostly fab
 * subsidies); or a broad AI plan or investment vehicle counted at its fund size, of which compute is a part.
 */
export const PROGRAM_SCOPES = ['compute', 'compute-and-chips', 'broad'] as const;

// vendors
export const VENDOR_ROLES = [
	'fabless',
	'foundry',
	'idm',
	'memory',
	'equipment',
	'eda',
	'cloud',
	'osat',
	'server-oem',
	'ip',
	'other'
] as const;

/** Market-share rows may name this pseudo-vendor for the remainder a source reports. */
export const OTHERS_VENDOR = 'others';

// sources
export const SOURCE_TYPES = ['primary', 'secondary'] as const;
