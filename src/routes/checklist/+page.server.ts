import * as ds from '$lib/server/datasets';
import { toStep } from '$lib/checklist/steps';
import type { Step } from '$lib/checklist/types';
import type { MarketingFacts } from '$lib/checklist/marketing-plan';
import type { PageServerLoad } from './$types';

/** The marketing-context facts the page draws, by id. */
function fact(id: string) {
	const r = ds.marketingContext().find((x) => x.fact_id === id);
	if (!r) throw new Error(`data/marketing-context: fact "${id}" is missing`);
	return {
		measure: r.measure,
		value: r.value,
		valueHigh: r.value_high,
		year: r.data_year,
		source: r.source,
		quality: r.source_quality
	};
}
export type Fact = ReturnType<typeof fact>;

const cite = (f: Fact, what: string) => `${what} (${f.source}, ${f.year}; ${f.quality})`;

export const load: PageServerLoad = () => {
	const steps: Step[] = ds
		.checklistSteps()
		.map(toStep)
		.sort((a, b) => a.order - b.order);

	const visits = fact('massages_per_consumer_per_year');
	const price = fact('medical_massage_price_per_hour');
	const referrals = fact('provider_referrals_per_month');
	const marketingFacts: MarketingFacts = {
		visitsPerYear: { value: visits.value, source: cite(visits, 'massages per consumer a year') },
		pricePerVisit: {
			value: price.value,
			source: cite(
				price,
				`low end of the only medical-massage price found, $${price.value}–${price.valueHigh} an hour`
			)
		},
		providerReferralsPerMonth: {
			value: referrals.value,
			source: cite(
				referrals,
				`low end of the ${referrals.value}–${referrals.valueHigh} provider referrals a month AMTA members report`
			)
		}
	};

	return {
		steps,
		marketingFacts,
		howFound: ds
			.marketingContext()
			.filter((r) => r.topic === 'how-found')
			.map((r) => fact(r.fact_id)),
		facts: {
			promoting: fact('therapists_promoting_client_referrals'),
			income100k: fact('massaged_income_100k_plus'),
			income50k: fact('massaged_income_50k_or_less'),
			use: fact('massaged_last_12mo'),
			visits,
			painRelief: fact('reason_pain_relief'),
			injuryRehab: fact('reason_injury_rehab'),
			providerReferrals: fact('therapists_receiving_provider_referrals'),
			referralsPerMonth: referrals,
			acceptInsurance: fact('therapists_accepting_insurance'),
			clientsPerMonth: fact('avg_clients_per_month')
		},
		icd10: ds.icd10Codes().map((r) => ({
			code: r.icd10_code,
			description: r.description,
			billable: r.billable,
			note: r.note ?? ''
		})),
		units: ds.eightMinuteRule().map((r) => ({
			units: r.billable_units,
			minutes: `${r.min_total_timed_minutes}–${r.max_total_timed_minutes}`
		}))
	};
};
