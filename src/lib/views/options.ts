// The choices a filter control offers: ids with display labels, in display order.
import type { FilterSpec, Filters, Ignored, ListKey } from '../filters';

export interface Option {
	id: string;
	label: string;
}

export interface Control {
	key: ListKey;
	label: string;
	options: Option[];
}

/** Everything a page's filter form needs, sent from the server as plain data. */
export interface FilterState {
	spec: FilterSpec;
	controls: Control[];
	filters: Filters;
	ignored: Ignored[];
	search: string;
}
