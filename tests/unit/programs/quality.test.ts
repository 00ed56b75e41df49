import { describe, expect, it } from 'vitest';
import {
	checkBreakdown,
	costBadges,
	formatKind,
	hoursBadges,
	noteBadges,
	priceYears,
	verificationLabel
} from '../../../src/lib/programs/quality';
import { dataPrograms, program } from './data';

describe('checkBreakdown', () => {
	it('flags the CMMP: 16 + 8 + 72 = 96, not the stated 104', () => {
		const p = program('somi_cmmp');
		const c = checkBreakdown(p.hoursBreakdown, p.totalHours);
		expect(c.status).toBe('mismatch');
		if (c.status === 'unchecked') return;
		expect(c.parts.map((x) => x.hours)).toEqual([16, 8, 72]);
		expect(c.sum).toBe(96);
		expect(c.total).toBe(104);
	});

	it.each([
		// [program, stated total, parts added]
		['norton_clt', 135, [90, 45]], // 90 h classroom + 45 h home study (the 8:00am-7:00pm is in brackets)
		['norton_mld', 60, [20, 40]], // 20 + 40
		['beaumont_oncology', 100, [48, 52]], // 48 + 52
		['threed_mfnr', 48, [32, 16]], // MFNR I 32 h + MFNR II 16 h
		['healwell_hbm', 45, [10, 35]], // label "2026 course:" dropped; 10 CE + 35 CE
		['casley_smith_clt', 135, [45, 90]], // 45 h online home study + 90 h classroom
		['norton_clt_recert', 48, [32, 16]] // 32 h online theory + 16 h live technique review
	] as const)('finds %s adds up to %i hours', (id, total, hours) => {
		const p = program(id);
		const c = checkBreakdown(p.hoursBreakdown, p.totalHours);
		expect(c.status).toBe('match');
		if (c.status === 'unchecked') return;
		expect(c.parts.map((x) => x.hours)).toEqual(hours);
		expect(c.sum).toBe(total);
	});

	it('leaves out a part the source says is not training (BCTMB: 750 counted, 250 excluded)', () => {
		const p = program('ncbtmb_bctmb');
		const c = checkBreakdown(p.hoursBreakdown, p.totalHours);
		expect(c.status).toBe('match');
		if (c.status === 'unchecked') return;
		expect(c.sum).toBe(750);
		expect(c.excluded.map((x) => x.hours)).toEqual([250]);
	});

	it('lists parts that give no hours without counting them (MRTh: 60 + 55 = 115)', () => {
		const p = program('cvwi_mrth');
		const c = checkBreakdown(p.hoursBreakdown, p.totalHours);
		expect(c.status).toBe('match');
		if (c.status === 'unchecked') return;
		expect(c.sum).toBe(115);
		expect(c.uncounted).toEqual(['written and practical tests']);
	});

	it.each([
		['walton_onc_4day', '"4-day intensive" is not in clock hours'],
		['lana_clt', 'is not in clock hours'], // 12 college credit hours
		['vodder_mld', 'the breakdown is not a sum'],
		['nmt_center_cnmt', 'no total published'],
		['lmtsg_mmp', 'no breakdown published']
	])('does not check %s (%s)', (id, reason) => {
		const p = program(id);
		const c = checkBreakdown(p.hoursBreakdown, p.totalHours);
		expect(c.status).toBe('unchecked');
		if (c.status === 'unchecked') expect(c.reason).toContain(reason);
	});

	it('flags only the CMMP among the bundled programs', () => {
		const flagged = dataPrograms.filter(
			(p) => checkBreakdown(p.hoursBreakdown, p.totalHours).status === 'mismatch'
		);
		expect(flagged.map((p) => p.id)).toEqual(['somi_cmmp']);
	});

	it('handles thousands separators and a made-up mismatch', () => {
		const c = checkBreakdown('1,000 h classroom + 250 h clinic', 1200);
		expect(c.status).toBe('mismatch');
		if (c.status !== 'unchecked') expect(c.sum).toBe(1250); // 1,000 + 250
	});
});

describe('badges', () => {
	it('marks the seed-only CMMP cost as seed figure and approximate, and its hours as seed', () => {
		const p = program('somi_cmmp');
		expect(costBadges(p).map((b) => b.label)).toEqual(['seed figure', 'approximate']);
		expect(hoursBadges(p).map((b) => b.label)).toEqual(['seed figure']);
	});

	it.each([
		['norton_clt', ['group rate']],
		['norton_cst', ['group rate']],
		['walton_onc_4day', ['price as of 2015']],
		['mayo_hbmt', ['price as of 2016–2017']],
		['ncbtmb_bctmb', ['exam or application fee, not tuition', 'undated price']],
		['nmt_center_cnmt', ['exam or application fee, not tuition']],
		['threed_mfnr', ['sum of listed prices', 'price as of 2025']],
		['wcofcc_nmt_online', ['undated price']],
		['wcofcc_ortho_online', ['undated price']], // "listed price, date not shown"
		['wcofcc_geriatric_online', ['undated price']], // "listed price; …; date not shown"
		['ucsf_osher_hbmt', ['undated price']], // "tuition; … page undated"
		['casley_smith_clt', ['undated price']],
		['anhs_mm', ['seed figure']]
	])('labels the cost of %s: %j', (id, labels) => {
		expect(costBadges(program(id)).map((b) => b.label)).toEqual(labels);
	});

	it('puts no cost badge where no cost is published', () => {
		expect(costBadges(program('klose_clt'))).toEqual([]);
	});

	it('marks hours from a third-party listing', () => {
		expect(hoursBadges(program('klose_clt')).map((b) => b.label)).toEqual(['third-party listing']);
	});

	it('marks the LMT Success Group hours as seed but has no cost to mark', () => {
		const p = program('lmtsg_mmp');
		expect(hoursBadges(p).map((b) => b.id)).toEqual(['seed']);
		expect(costBadges(p)).toEqual([]);
	});

	it('reads price years only from clauses about the price', () => {
		expect(priceYears('GROUP tuition $2,900; a 2025 blog mentions saving $400', null)).toEqual([]);
		expect(priceYears('$797 for the May 2015 offering', 'hours: provider page')).toEqual([2015]);
	});

	it('reads whole-program caveats from the note column', () => {
		const flagged = Object.fromEntries(
			dataPrograms
				.map((p) => [p.id, noteBadges(p).map((b) => b.id)] as const)
				.filter(([, ids]) => ids.length > 0)
		);
		expect(flagged).toEqual({
			nmt_center_cnmt: ['corrected'],
			hhac_cmt_pg: ['corrected'],
			wcofcc_nmt_online: ['not-comparable'],
			wcofcc_ortho_online: ['not-comparable'],
			wcofcc_geriatric_online: ['not-comparable'],
			wiregrass_nmt_diploma: ['entry-level']
		});
	});

	it('shortens verification statuses', () => {
		expect(verificationLabel('seed-only for hours; formats confirmed')).toBe('seed-only');
		expect(verificationLabel('verified: official pages')).toBe('verified');
		expect(verificationLabel('third-party listing only (LE&RN)')).toBe('third-party');
		expect(verificationLabel('provider page only; approval not stated')).toBe('provider page only');
		expect(verificationLabel(null)).toBe('your program');
	});
});

describe('formatKind', () => {
	it.each([
		['in-person', 'in person'],
		['online', 'online'],
		['hybrid (online module + in-person week)', 'hybrid'],
		['online + in-person workshops', 'hybrid'],
		['in-person intensive; separate online courses offered', 'in person'],
		['exam (BCETMB), computer-based at Prometric test centers', 'exam'],
		['seminars + exam by approved examiner', 'in person'],
		[null, 'not published'],
		['by arrangement', 'other']
	] as const)('classes %j as %s', (format, kind) => {
		expect(formatKind(format)).toBe(kind);
	});
});
