// Text for XML documents (the Atom feeds): escaped, and without the control characters XML 1.0 forbids.
const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;'
};

/** Tab, newline and carriage return are the only characters below U+0020 that XML 1.0 allows. */
const allowed = (ch: string) => {
	const c = ch.codePointAt(0)!;
	return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c !== 0xfffe && c !== 0xffff);
};

export function escapeXml(text: string): string {
	return [...text]
		.filter(allowed)
		.join('')
		.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
