import {
    countText,
    format,
    formatDate,
    formatMoney,
    formatNumber,
    formatPercent,
    levelMeaning,
    levelOptions,
    tierLabel,
    treatmentLabel
} from 'c/cvpText';

describe('cvpText', () => {
    it('fills numbered placeholders, leaving missing values empty', () => {
        expect(format('Raise {0} from {1} to {2}', 'loyalty', 3, 4)).toBe('Raise loyalty from 3 to 4');
        expect(format('{1} before {0}', 'b', 'a')).toBe('a before b');
        expect(format('Only {0} and {1}', 'one')).toBe('Only one and ');
    });

    it('counts in the user’s language: one for one, the other form for every other count (en-US in tests)', () => {
        const months = ['{0} months', '{0} month'];
        expect(countText(1, ...months)).toBe('1 month');
        expect(countText(0, ...months)).toBe('0 months');
        expect(countText(2, ...months)).toBe('2 months');
        expect(countText(1000, ...months)).toBe('1,000 months');
        expect(countText(1, '{0} accounts cost {1}', '{0} account costs {1}', '€5')).toBe('1 account costs €5');
        expect(countText(3, '{0} accounts cost {1}', '{0} account costs {1}', '€5')).toBe('3 accounts cost €5');
    });

    it('formats numbers, money, percentages and dates in the user’s locale (en-US in tests)', () => {
        expect(formatNumber(3.456, 2)).toBe('3.46');
        expect(formatNumber(4, 0)).toBe('4');
        expect(formatNumber(null)).toBe('');
        expect(formatMoney(-150000)).toBe('-$150,000');
        expect(formatPercent(0.7)).toBe('70%');
        expect(formatDate('2025-09-12T09:30:00.000Z')).toBe('Sep 12, 2025');
        expect(formatDate('not a date')).toBe('');
    });

    it('offers "not assessed" and the five levels with their meaning', () => {
        const options = levelOptions('potential', 3);
        expect(options.map((o) => o.value)).toEqual(['', '1', '2', '3', '4', '5']);
        expect(options[5].label).toBe('5 – c.CVP_Level_Potential_5');
    });

    it('offers a stored fraction of commitment or binding as it is', () => {
        const options = levelOptions('commitment', 3.5);
        expect(options[options.length - 1]).toEqual({ label: '3.5', value: '3.5' });
    });

    it('gives the meaning of a score’s level, fractions rounding down', () => {
        expect(levelMeaning('learning', 4)).toBe('c.CVP_Level_Learning_4');
        expect(levelMeaning('binding', 4.5)).toBe('c.CVP_Level_Binding_4');
        expect(levelMeaning('learning', null)).toBe('c.CVP_Not_Assessed');
    });

    it('names tiers and treatments, and says when there is no tier', () => {
        expect(tierLabel('keyAccount')).toBe('c.CVP_Tier_Key_Account');
        expect(tierLabel(null)).toBe('c.CVP_Tier_None');
        expect(treatmentLabel('reviewProfitability')).toBe('c.CVP_Treatment_Review_Profitability');
        expect(treatmentLabel('cutUnpaidWork')).toBe('c.CVP_Treatment_Cut_Unpaid_Work');
        expect(treatmentLabel('growVolumeOrLean')).toBe('c.CVP_Treatment_Grow_Volume_Or_Lean');
        expect(treatmentLabel('reviewCosts')).toBe('c.CVP_Treatment_Review_Costs');
        expect(treatmentLabel(null)).toBe('');
    });
});
