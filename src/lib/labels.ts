// Human-readable names for the ids used in the data.
const titleCase = (id: string) => id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');

const LABELS: Record<string, string> = {
	'advanced-chips': 'Advanced chips',
	'chip-equipment': 'Chip-making equipment',
	materials: 'Materials and critical minerals',
	'entity-listing': 'Entity listings',
	'model-weights': 'Model weights',
	'licence-policy': 'Licence policy',
	other: 'Other',
	export: 'Exports',
	import: 'Imports',
	procurement: 'Purchases (procurement)',
	'public-budget': 'Public budget',
	'public-loan-equity': 'Public loan or equity',
	'sovereign-fund': 'Sovereign fund',
	'private-pledge': 'Private pledge',
	'public-private': 'Public-private',
	'in-force': 'In force',
	'not-enforced': 'Not enforced',
	'not-stated': 'Not stated in the sources',
	'east-asia-pacific': 'East Asia & Pacific',
	'europe-central-asia': 'Europe & Central Asia',
	'latin-america-caribbean': 'Latin America & Caribbean',
	'middle-east-north-africa': 'Middle East & North Africa',
	'north-america': 'North America',
	'south-asia': 'South Asia',
	'sub-saharan-africa': 'Sub-Saharan Africa',
	idm: 'Integrated device maker',
	eda: 'EDA',
	osat: 'Packaging and test (OSAT)',
	'server-oem': 'Server maker',
	ip: 'IP licensing',
	cloud: 'Cloud / hyperscaler',
	compute: 'Compute only',
	'compute-and-chips': 'Compute and chips',
	broad: 'Broad AI plan or fund',
	'half-yearly': 'Half-yearly'
};

export function label(id: string): string {
	return LABELS[id] ?? titleCase(id);
}

/** Places whose English name takes "the" in running text ("the United States", "the Netherlands"). */
const WITH_ARTICLE = new Set(['USA', 'GBR', 'NLD', 'EUU', 'PHL', 'ARE', 'CZE', 'BHS', 'GMB', 'MDV']);

/** A place's name as running text uses it, with "the" where English needs it. */
export function placeInText(code: string, name: string): string {
	return WITH_ARTICLE.has(code) ? `the ${name}` : name;
}

/** "the United States" -> "the United States'", "China" -> "China's". */
export function possessive(text: string): string {
	return text.endsWith('s') ? `${text}'` : `${text}'s`;
}

/**
 * A measure's status as a reader should take it: a status that only follows from stated dates says so
 * ("In force, scheduled: no source confirms it").
 */
export function statusText(m: { status: string; status_basis: string }): string {
	return m.status_basis === 'scheduled'
		? `${label(m.status)} (scheduled: no source confirms it)`
		: label(m.status);
}
