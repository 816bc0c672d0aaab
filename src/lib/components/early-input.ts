// A server-rendered form is usable before the page hydrates, and hydration sets its controls back to the
// server's values: what a reader chose or typed in between is read here first and put back once mounted.

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The controls of `form` a reader changed from the rendered defaults, and a function that puts them back. */
export function keepEarlyInput(form: Element | null): () => void {
	if (!(form instanceof HTMLFormElement)) return () => {};
	const changed: [Control, string | boolean][] = [];
	for (const element of form.elements) {
		if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) {
			if (element.checked !== element.defaultChecked) changed.push([element, element.checked]);
		} else if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
			if (element.value !== element.defaultValue) changed.push([element, element.value]);
		} else if (element instanceof HTMLSelectElement) {
			const options = [...element.options];
			const initial = options.find((o) => o.defaultSelected) ?? options[0];
			if (initial && element.value !== initial.value) changed.push([element, element.value]);
		}
	}
	return () => {
		for (const [control, value] of changed)
			if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
			else control.value = value;
	};
}
