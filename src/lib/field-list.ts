// Describes a dataset's fields from its zod schema, for data packages and the downloads page.
import { z } from 'zod';

export interface FieldInfo {
	name: string;
	/** Frictionless Table Schema type. */
	type: 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'list';
	description: string;
	unit: string | null;
	required: boolean;
	enum: string[] | null;
	minimum: number | null;
	maximum: number | null;
}

type JsonProp = {
	type?: string | string[];
	anyOf?: JsonProp[];
	enum?: string[];
	pattern?: string;
	description?: string;
	unit?: string;
	minimum?: number;
	maximum?: number;
	exclusiveMinimum?: number;
};

const DATE_PATTERN = String.raw`^\d{4}-\d{2}-\d{2}$`;
const SAFE_INT = 9007199254740991;

export function describeFields(schema: z.ZodObject): FieldInfo[] {
	const json = z.toJSONSchema(schema) as { properties: Record<string, JsonProp> };
	return Object.entries(json.properties).map(([name, prop]) => {
		// zod writes a nullable field as anyOf [T, null], or as type [T, "null"] when T has no constraints.
		const base = prop.anyOf?.find((p) => p.type !== 'null') ?? prop;
		const types = Array.isArray(base.type) ? base.type : [base.type];
		const inner = { ...base, type: types.find((t) => t !== 'null') };
		const required = !prop.anyOf?.some((p) => p.type === 'null') && !types.includes('null');
		const type: FieldInfo['type'] =
			inner.type === 'array'
				? 'list'
				: inner.type === 'integer' || inner.type === 'number' || inner.type === 'boolean'
					? inner.type
					: inner.pattern === DATE_PATTERN
						? 'date'
						: 'string';
		const bound = (n: number | undefined) => (n === undefined || Math.abs(n) >= SAFE_INT ? null : n);
		return {
			name,
			type,
			description: prop.description ?? inner.description ?? '',
			unit: prop.unit ?? inner.unit ?? null,
			required,
			enum: inner.enum ?? null,
			minimum: bound(inner.minimum ?? inner.exclusiveMinimum),
			maximum: bound(inner.maximum)
		};
	});
}
