/**
 * Reading and associations the seed article recommends, each with what it is useful for.
 * Facts only, in the project's own words; the source of every entry is the seed article
 * ("Medical Massage Essentials"), except the associations' addresses and AMMA's founding year
 * and missing credential rules, which come from the project's datasets (`practice-norms`,
 * `certification-programs`: AMMA history page).
 */

export interface Resource {
	title: string;
	/** Author or organisation. */
	by: string;
	/** What it is good for, in a sentence. */
	goodFor: string;
	/** A figure the seed gives (page count, conditions), flagged seed-only in the page. */
	seedFigure?: string;
	url?: string;
}

export const BOOKS: readonly Resource[] = [
	{
		title: 'Medical Massage (two volumes)',
		by: 'Ross Turchaninov, MD',
		goodFor:
			'A grounding in the Western school of medical massage: volume I sets out the approach and its treatments, volume II the techniques of manual medicine it draws on.'
	},
	{
		title: 'Clinical Massage Therapy: Understanding, Assessing and Treating Over 70 Conditions',
		by: 'Fiona Rattray',
		goodFor: 'A reference to look up the assessment and treatment of a specific condition.',
		seedFigure: '1,178 pages; more than 70 conditions'
	},
	{
		title: 'Clinical Massage Therapy: A Structural Approach to Pain Management',
		by: 'James Waslaski',
		goodFor:
			'Planning treatment of pain from a structural point of view that combines several disciplines.'
	},
	{
		title: 'Basic Clinical Massage Therapy',
		by: 'James Clay',
		goodFor: 'The fundamentals of clinical technique, for a therapist new to clinical work.'
	},
	{
		title: 'Clinical Assessment for Massage Therapy: A Practical Guide',
		by: 'David Zulak',
		goodFor: 'Learning to assess a client before treating, the first step of every medical session.'
	}
];

export const ASSOCIATIONS: readonly Resource[] = [
	{
		title: 'American Massage Therapy Association (AMTA)',
		by: 'professional association',
		goodFor:
			'Networking, industry news and education; its research reports are the source of several figures on this page.',
		url: 'https://www.amtamassage.org/'
	},
	{
		title: 'Associated Bodywork & Massage Professionals (ABMP)',
		by: 'professional association',
		goodFor: 'Networking, industry news and education; it also runs consumer and member surveys.',
		url: 'https://www.abmp.com/'
	},
	{
		title: 'American Medical Massage Association (AMMA)',
		by: 'professional association',
		goodFor:
			'The association specific to medical massage, founded in 1998; our sources found no exam, hours or fee for a credential of its own.',
		url: 'https://www.americanmedicalmassage.com/'
	}
];
