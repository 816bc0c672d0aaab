// A server-rendered form is usable before the page hydrates, and hydration sets its controls back to the
// server's values: what a reader chose or typed in between is read here first and put back once mounted.

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The controls of `form` a reader changed from the values the server rendered, with their values now. */
export function changedControls(form: Element | null): [Control, string | boolean][] {
	if (!(form instanceof HTMLFormElement)) return [];
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
	return changed;
}

/** Reads the controls a reader changed, and returns a function that puts them back after hydration. */
export function keepEarlyInput(form: Element | null): () => void {
	const changed = changedControls(form);
	return () => {
		for (const [control, value] of changed)
			if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
			else control.value = value;
	};
}
