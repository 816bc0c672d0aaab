// The shape of a dataset id, lowercase words joined by hyphens: no dot, so that "x.schema.json" is left to its
// own route. Which ids exist is the registry's to say; the endpoints answer 404 for any other (the registry and
// its schemas stay out of the browser's bundle, which carries this matcher).
const DATASET_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function match(param: string): boolean {
	return DATASET_ID.test(param);
}
