import { isDatasetId } from '$lib/registry';

export function match(param: string): boolean {
	return isDatasetId(param);
}
