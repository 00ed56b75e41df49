/**
 * Saved clinic scenarios: what one holds (a {@link Scenario}: the state, wage percentile, pay
 * model and every field as typed), how a stored one is checked, and the migration of version-1
 * lists. The list itself (save, rename, delete, CSV) is the calculator kit's
 * ($lib/kit/scenarios), kept under `mmt:clinic-scenarios:v2`.
 *
 * @module
 */
import { CLINIC_NUMBER_FIELDS, PAYER_LINES, payerField } from '$lib/finance';
import { bookStore, isRecord, newScenarioId, type Book } from '$lib/kit/scenarios';
import type { StoreSpec } from '$lib/state/storage';
import { NATIONAL, WAGE_PERCENTILES, type Scenario } from './scenario';

/** A stored scenario, or null when its shape is not one (field texts are checked when loaded). */
export function validScenario(x: unknown): Scenario | null {
	if (!isRecord(x) || typeof x.state !== 'string') return null;
	if (!(x.state === NATIONAL || /^[A-Z]{2}$/.test(x.state))) return null;
	if (!([...WAGE_PERCENTILES, 'custom'] as unknown[]).includes(x.wageChoice)) return null;
	if (x.payModel !== 'wage' && x.payModel !== 'commission') return null;
	const f = x.fields;
	if (!isRecord(f) || !CLINIC_NUMBER_FIELDS.every((k) => typeof f[k] === 'string')) return null;
	return x as unknown as Scenario;
}

/** Fields of scenarios saved before the payer lines, and the private-plan fields they became. */
const LEGACY_FIELDS: Readonly<Record<string, string>> = {
	insuranceShare: 'privateShare',
	allowedPerUnitUsd: 'privateAllowedUsd',
	denialRate: 'privateDenialRate',
	daysToPayment: 'privateDaysToPayment'
};

/**
 * Version 1 → 2: a list of { name, savedAt, scenario } becomes the kit's book (each with an id);
 * the single insurance payer becomes the private-plan line, the other payer lines take no
 * sessions (so the saved shares still add up) and their other fields take `fields`, the
 * national default texts.
 */
export function migrateClinicV1(old: unknown, fields: Record<string, string>): unknown {
	if (!Array.isArray(old)) return old;
	return {
		scenarios: old.map((item) => {
			if (!isRecord(item) || !isRecord(item.scenario) || !isRecord(item.scenario.fields))
				return item;
			const next: Record<string, unknown> = { ...fields };
			for (const line of PAYER_LINES) next[payerField(line, 'Share')] = '0';
			next.privatePerVisit = '0';
			for (const [k, v] of Object.entries(item.scenario.fields)) next[LEGACY_FIELDS[k] ?? k] = v;
			return {
				id: newScenarioId(),
				name: item.name,
				savedAt: item.savedAt,
				content: { ...item.scenario, fields: next }
			};
		})
	};
}

/** Saved clinic scenarios; `defaultFields` are the national default texts version-1 lacks. */
export function clinicScenarioStore(
	defaultFields: Record<string, string>
): StoreSpec<Book<Scenario>> {
	return bookStore({
		name: 'clinic-scenarios',
		version: 2,
		validContent: validScenario,
		migrations: { 1: (old) => migrateClinicV1(old, defaultFields) },
		migrationNotice:
			'Your saved clinic scenarios were made before the payer lines: each one’s insurance payer is now its “Private health plans” line and the other payers take no sessions. Load them to check.'
	});
}
