/** Site-wide constants: the sections in the header and the data vintages in the footer. */

export interface NavItem {
	href: string;
	label: string;
}

/** Sections that exist. Add a page here when it ships. */
export const NAV: readonly NavItem[] = [
	{ href: '/', label: 'Overview' },
	{ href: '/income', label: 'Income' },
	{ href: '/location', label: 'Location' },
	{ href: '/programs', label: 'Programs' },
	{ href: '/checklist', label: 'Checklist' },
	{ href: '/clinic', label: 'Clinic' },
	{ href: '/data', label: 'Data' }
];

/** The reference periods of the data the app draws, as the footer prints them. */
export const VINTAGES: readonly string[] = [
	'BLS OEWS May 2025',
	'BLS Employment Projections 2024–34',
	'State projections 2022–32',
	'BEA RPP 2024',
	'Census population Vintage 2025',
	'ACS 2024'
];

export interface Journey {
	href: string;
	who: string;
	question: string;
	action: string;
	/** False until the page ships; the home page then shows it as planned, without a link. */
	available: boolean;
}

/** The three journeys the home page sends people to (DESIGN.md). */
export const JOURNEYS: readonly Journey[] = [
	{
		href: '/programs',
		who: 'Students and licensed therapists',
		question:
			'Which medical-massage certification fits my budget and time, and when does it pay back?',
		action: 'Choose a program',
		available: true
	},
	{
		href: '/income',
		who: 'Therapists adding medical massage',
		question: 'What will medical sessions add to my income, and how sure is that?',
		action: 'Project my income',
		available: true
	},
	{
		href: '/clinic',
		who: 'Practice owners',
		question: 'Where should I open, what will it cost, and when does it break even?',
		action: 'Plan a practice',
		available: true
	}
];
