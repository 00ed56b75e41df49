/**
 * The clinic planner's names for the shared exact text ↔ number helpers in `$lib/numbers`.
 */
export {
	lowEndText,
	parseRange as parsePublished,
	readNumberText,
	shiftDecimal as shiftPoint,
	type PublishedRange
} from '$lib/numbers';
