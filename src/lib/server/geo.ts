// ISO 3166 numeric ids (as world-atlas uses them) to alpha-3 codes, from the maintained i18n-iso-countries tables.
import isoCountries from 'i18n-iso-countries';

let cache: Record<string, string> | undefined;

export function alpha3ByNumeric(): Record<string, string> {
	if (cache) return cache;
	const out: Record<string, string> = {};
	for (const [numeric, alpha2] of Object.entries(isoCountries.getNumericCodes())) {
		const alpha3 = isoCountries.alpha2ToAlpha3(alpha2);
		if (alpha3) out[numeric] = alpha3;
	}
	cache = out;
	return out;
}
