// Colours that stay distinguishable for common colour-vision deficiencies (Okabe-Ito order) and in dark mode.
export const PALETTE = [
	'#0072B2',
	'#E69F00',
	'#009E73',
	'#CC79A7',
	'#56B4E9',
	'#D55E00',
	'#F0E442',
	'#7f7f7f',
	'#332288',
	'#88CCEE',
	'#AA4499',
	'#117733'
];

/** Neutral text colour readable on both the light and the dark page background. */
export const AXIS_TEXT = '#8a8f98';

/** A month in milliseconds: the finest tick a time axis of dated events needs. */
export const MONTH_MS = 30 * 24 * 3600 * 1000;
/** Tick labels per level of a time axis: years, then months (never hours, see MONTH_MS). */
export const DATE_TICKS = { year: '{yyyy}', month: '{MMM}', day: '{d} {MMM}' };
