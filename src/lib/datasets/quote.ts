/** Quotes a raw cell for a message, shortened so one bad cell cannot flood the report. */
export function quote(raw: string): string {
	const short = raw.length > 60 ? `${raw.slice(0, 57)}...` : raw;
	return `'${short.replace(/\r?\n/g, '\\n')}'`;
}
