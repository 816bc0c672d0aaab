// Axis and tooltip pieces the chart builders share.
import { AXIS_TEXT } from './palette';

/** Periods (years or quarters) as categories: a period is not a point in clock time. */
export function periodAxis(periods: readonly string[]) {
	return {
		type: 'category',
		data: periods,
		boundaryGap: false,
		axisLabel: { color: AXIS_TEXT, hideOverlap: true }
	};
}

/** A tooltip that shows the HTML each data item carries in `tip` (built with `escaped`), or nothing. */
export const itemTipTooltip = {
	trigger: 'item',
	formatter: (p: { data?: { tip?: string } }) => p.data?.tip ?? ''
} as const;
