// Tooltip text is HTML (ECharts inserts it with innerHTML): every interpolated value is escaped here, once.
// (The tag is not called `html`: Prettier would reformat such templates as HTML.)

/** Text made safe to place in HTML content or a quoted attribute. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Markup built by the `escaped` template tag, which a further `escaped` template inserts as is. */
export class SafeHtml {
	constructor(readonly markup: string) {}
	toString(): string {
		return this.markup;
	}
}

/**
 * A template tag whose literal parts are markup and whose values are text: each value is escaped. Values
 * that are SafeHtml (nested templates) go in unchanged; null and undefined are empty.
 */
export function escaped(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
	let out = strings[0]!;
	values.forEach((value, i) => {
		out += value instanceof SafeHtml ? value.markup : escapeHtml(value == null ? '' : String(value));
		out += strings[i + 1]!;
	});
	return new SafeHtml(out);
}
