/**
 * Insurance billing rules for timed CPT services (e.g. 97124 massage therapy, billed per
 * 15-minute unit).
 *
 * @module
 */

/** Upper bound accepted for one service's timed minutes: the minutes in a day. */
const MAX_TIMED_MINUTES = 24 * 60;

/**
 * Billable units for ONE timed service under the CMS "8-minute rule".
 *
 * Formula: fewer than 8 minutes → 0 units; otherwise 1 + ⌊(timedMinutes − 8) / 15⌋, i.e.
 * 8–22 min → 1, 23–37 → 2, 38–52 → 3, 53–67 → 4, and each further 15 minutes adds a unit.
 * Equivalently ⌊minutes / 15⌋ plus one more unit when the remainder is ≥ 8 minutes. Fractional
 * minutes follow the same formula (22.5 → 1, since a unit needs the full 8 minutes beyond the
 * previous 15-minute block). Units: minutes in, whole units out.
 *
 * Source of the constants (8 and 15 minutes): Medicare Claims Processing Manual, Pub. 100-04,
 * Ch. 5, §20.2, as tabulated in `data/eight-minute-rule/eight-minute-rule-units.csv`; a unit
 * test checks every row of that table. When several timed services share a visit, Medicare
 * applies the rule to the total timed minutes — this function is for a single service.
 *
 * Worked example: a 60-minute medical massage → 1 + ⌊52 / 15⌋ = 1 + 3 = 4 units.
 *
 * @param timedMinutes minutes of direct one-on-one timed service, 0–1440.
 * @throws RangeError `timedMinutes must be 0–1440` for negative, non-finite or absurd values.
 */
export function billableUnits(timedMinutes: number): number {
	if (!(timedMinutes >= 0 && timedMinutes <= MAX_TIMED_MINUTES)) {
		throw new RangeError(`timedMinutes must be 0–${MAX_TIMED_MINUTES}`);
	}
	if (timedMinutes < 8) return 0;
	return 1 + Math.floor((timedMinutes - 8) / 15);
}
