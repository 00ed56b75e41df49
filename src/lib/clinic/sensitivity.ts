/**
 * "What if" rows for the break-even: prices up and down, the clinic busier or quieter than
 * planned, and therapist pay at each published wage percentile of the chosen state. Pure.
 *
 * @module
 */
import {
	CLINIC_NUMBER_FIELDS,
	clinicFieldProblem,
	clinicSensitivity,
	withPriceFactor,
	type ClinicInputs,
	type ClinicVariantResult
} from '$lib/finance';
import { rangeText } from '$lib/kit/field';
import { FIELD_META } from './clinic-fields';
import { pctOfFraction } from '$lib/format';
import { WAGE_LABEL, WAGE_PERCENTILES, type Wages } from './scenario';

/** Price changes tried, in percent (−20 % … +20 %). */
export const PRICE_STEPS = [-20, -10, 10, 20] as const;
/** Changes to the target utilisation tried, in percentage points. */
export const UTILISATION_STEPS = [-20, -10, 10, 20] as const;

export interface SensitivityRow extends Partial<ClinicVariantResult> {
	id: string;
	group: 'base' | 'price' | 'utilisation' | 'wage';
	label: string;
	/** Why the row has no result ("not published", "beyond 0–100 %"), or null. */
	unavailable: string | null;
}

type Slot =
	| { id: string; group: SensitivityRow['group']; label: string; inputs: ClinicInputs }
	| { id: string; group: SensitivityRow['group']; label: string; unavailable: string };

const signed = (n: number) => `${n > 0 ? '+' : '−'}${Math.abs(n)}`;

/** Why a variant cannot be run: a changed field beyond what the planner takes, or null. */
function beyondLimits(inputs: ClinicInputs, base: ClinicInputs): string | null {
	for (const f of CLINIC_NUMBER_FIELDS) {
		if (inputs[f] !== base[f] && clinicFieldProblem(f, inputs[f]) !== null)
			return `${FIELD_META[f].label.toLowerCase()} would be outside ${rangeText(FIELD_META[f])} ${FIELD_META[f].unit}`;
	}
	return null;
}

/**
 * Builds and runs the variants around `base`, in display order.
 *
 * - Prices −20 %, −10 %, +10 %, +20 % (all three prices, see `withPriceFactor`).
 * - Target utilisation ± 10 and 20 points; a step that leaves 0–100 % is marked unavailable.
 * - Wage: each percentile of the state's May 2025 wages (wage model only; a null entry is
 *   "not published").
 * - A price or wage step that takes a field beyond its limits (a price already near the
 *   highest the planner takes) is marked unavailable with the reason, never run.
 *
 * Worked example: base target 75 % → utilisation rows at 55 %, 65 %, 85 % and 95 %.
 */
export function sensitivityRows(base: ClinicInputs, wages: Wages): SensitivityRow[] {
	const slots: Slot[] = [{ id: 'base', group: 'base', label: 'Your plan', inputs: base }];
	for (const step of PRICE_STEPS) {
		const inputs = withPriceFactor(base, 1 + step / 100);
		const beyond = beyondLimits(inputs, base);
		const slot = { id: `price${step}`, group: 'price' as const, label: `Prices ${signed(step)}%` };
		slots.push(beyond ? { ...slot, unavailable: beyond } : { ...slot, inputs });
	}
	for (const step of UTILISATION_STEPS) {
		const target = base.targetUtilisation + step / 100;
		const id = `util${step}`;
		const label = `Booked ${pctOfFraction(target)} (${signed(step)} points)`;
		if (target < 0 || target > 1) {
			slots.push({ id, group: 'utilisation', label, unavailable: 'beyond 0–100% of capacity' });
		} else {
			slots.push({
				id,
				group: 'utilisation',
				label,
				inputs: { ...base, targetUtilisation: target }
			});
		}
	}
	for (const p of WAGE_PERCENTILES) {
		const id = `wage-${p}`;
		const label = `Wage at the ${WAGE_LABEL[p]}`;
		const annual = wages[p];
		if (base.payModel !== 'wage') {
			slots.push({ id, group: 'wage', label, unavailable: 'therapists are paid by commission' });
		} else if (annual === null) {
			slots.push({ id, group: 'wage', label, unavailable: 'not published' });
		} else {
			const inputs = { ...base, therapistAnnualWageUsd: annual };
			const beyond = beyondLimits(inputs, base);
			slots.push(
				beyond
					? { id, group: 'wage', label, unavailable: beyond }
					: { id, group: 'wage', label, inputs }
			);
		}
	}
	const run = slots.filter((s): s is Extract<Slot, { inputs: ClinicInputs }> => 'inputs' in s);
	const results = new Map(clinicSensitivity(run).map((r) => [r.id, r]));
	return slots.map((s): SensitivityRow =>
		'inputs' in s
			? { ...results.get(s.id)!, group: s.group, unavailable: null }
			: { id: s.id, group: s.group, label: s.label, unavailable: s.unavailable }
	);
}
