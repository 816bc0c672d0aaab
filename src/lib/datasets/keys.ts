// Foreign keys most datasets have: to the sources they cite and to the places they name.
import type { ForeignKey } from './types';

export const sourceFk = (field: string) =>
	({ field, resource: 'sources', resourceField: 'id' }) as const satisfies ForeignKey;
export const placeFk = (field: string) =>
	({ field, resource: 'countries', resourceField: 'code' }) as const satisfies ForeignKey;
