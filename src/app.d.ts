// See https://svelte.dev/docs/kit/types#app.d.ts
import type { TableSort } from '$lib/components/table';

declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface PageState {
			/** Table orders chosen on this page since it loaded, by table id (the URL has them too). */
			tableSort?: Record<string, TableSort>;
		}
	}
}

export {};
