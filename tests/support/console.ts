// Collects what a page logs as an error (console errors and uncaught exceptions) for a test to assert empty.
import type { Page } from '@playwright/test';

export function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
}
