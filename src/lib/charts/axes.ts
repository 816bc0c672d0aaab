// Axis and tooltip pieces the chart builders share.

/** A month in milliseconds: the finest tick a time axis of dated events needs. */
export const MONTH_MS = 30 * 24 * 3600 * 1000;
/** Tick labels per level of a time axis: years, then months (never hours, see MONTH_MS). */
export const DATE_TICKS = { year: '{yyyy}', month: '{MMM}', day: '{d} {MMM}' };

/** Periods (years or quarters) as categories: a period is not a point in clock time. */
export function periodAxis(periods: readonly string[]) {
	return {
		type: 'category',
		data: periods,
		boundaryGap: false,
		axisLabel: { hideOverlap: true }
	};
}

/** A tooltip that shows the HTML each data item carries in `tip` (built with `escaped`), or nothing. */
export const itemTipTooltip = {
	trigger: 'item',
	formatter: (p: { data?: { tip?: string } }) => p.data?.tip ?? ''
} as const;
