import { isDatasetId } from '$lib/dataset-ids';

export function match(param: string): boolean {
	return isDatasetId(param);
}
