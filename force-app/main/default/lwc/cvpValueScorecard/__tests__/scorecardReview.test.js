import CvpValueScorecard from 'c/cvpValueScorecard';
import { getRecord } from 'lightning/uiRecordApi';
import { getObjectInfo } from 'lightning/uiObjectInfoApi';
import { graphql } from 'lightning/graphql';
import { mergeProfiles } from 'c/cvpProfiles';
import flushPromises from 'cvp-test/flushPromises';
import { $, mount, resetDom } from 'cvp-test/dom';
import { reviewView, today } from '../scorecardReview';

jest.mock(
    '../scorecardLabels',
    () => {
        const { LABELS } = jest.requireActual('../scorecardLabels');
        // The English values of the labels this module formats, so the tests read what a user reads.
        return {
            LABELS: {
                ...LABELS,
                lastAssessed: 'Last assessed {0} by {1}.',
                lastAssessedOn: 'Last assessed {0}.',
                reviewOverdue: 'Last assessed {0} ago; {1} every {2}.',
                reviewNext: 'Next review by {0}.'
            }
        };
    },
    { virtual: false }
);

jest.mock('../../cvpText/textLabels', () => {
    const { LABELS } = jest.requireActual('../../cvpText/textLabels');
    // The months of a review reason in English, one and many, as the Custom Labels say them.
    return {
        LABELS: {
            ...LABELS,
            reviewMonthsAgo: '{0} months',
            reviewMonthsAgoOne: '{0} month',
            reviewMonthsEvery: '{0} months',
            reviewMonthsEveryOne: '{0} month'
        }
    };
});

const mockRecord = require('./data/getRecord.json');
const mockRecordNew = require('./data/getRecordNew.json');
const mockObjectInfo = require('./data/getObjectInfo.json');
const mockGraphql = require('./data/graphqlScorecard.json');

const profiles = mergeProfiles(mockGraphql.uiapi.query.CVP_Scoring_Profile__c).profiles;
const current = profiles.find((p) => p.key === 'current');
const future = profiles.find((p) => p.key === 'future');

async function render(record) {
    const element = mount('c-cvp-value-scorecard', CvpValueScorecard, { recordId: record.id });
    getRecord.emit(record);
    getObjectInfo.emit(mockObjectInfo);
    graphql.emit(mockGraphql);
    await flushPromises();
    return element;
}

/** The fixture record, last assessed `daysAgo` days ago. */
function assessedDaysAgo(daysAgo) {
    const record = JSON.parse(JSON.stringify(mockRecord));
    const at = new Date(Date.now() - daysAgo * 86400000).toISOString();
    record.fields.CVP_Last_Assessed_At__c = { displayValue: null, value: at };
    return record;
}

describe('c-cvp-value-scorecard: review due (docs/method.md, Review due)', () => {
    afterEach(resetDom);

    it('reads the review months of each profile, a blank field as never due', () => {
        expect(current.review).toEqual({ keyAccount: 6, develop: 12, maintain: 12, lean: 24 });
        expect(future.review.lean).toBe(0);
        // A profile read without the fields keeps the documented default.
        const [bare] = mergeProfiles({
            edges: [
                {
                    node: Object.fromEntries(
                        Object.entries(mockGraphql.uiapi.query.CVP_Scoring_Profile__c.edges[0].node).filter(
                            ([k]) => !k.startsWith('CVP_Review_Months_')
                        )
                    )
                }
            ]
        }).profiles;
        expect(bare.review).toEqual({ keyAccount: 6, develop: 12, maintain: 12, lean: 24 });
    });

    it('says why a review is due: how long ago, and how often the tier is reviewed', () => {
        const review = { lastAssessedAt: '2025-03-10T09:30:00.000Z', lastAssessedBy: 'Maija Mäki' };
        const view = reviewView(review, 'keyAccount', current, '2026-12-03');
        expect(view.reviewDue).toBe(true);
        expect(view.reviewReasonText).toBe('Last assessed 20 months ago; c.CVP_Review_Tiers_Key_Account every 6 months.');
        expect(view.lastAssessedText).toMatch(/^Last assessed .*2025.* by Maija Mäki\.$/);
        const fresh = reviewView(review, 'keyAccount', current, '2025-06-01');
        expect(fresh.reviewDue).toBe(false);
        expect(fresh.nextReviewText).toMatch(/^Next review by .*2025\.$/);
        expect(reviewView(review, 'lean', future, '2030-01-01').reviewDue).toBe(false);
        // One month is a month, in the months ago and in how often the tier is reviewed.
        const monthly = { ...current, review: { ...current.review, keyAccount: 1 } };
        const lastMonth = reviewView(review, 'keyAccount', monthly, '2025-04-12');
        expect(lastMonth.reviewReasonText).toBe(
            'Last assessed 1 month ago; c.CVP_Review_Tiers_Key_Account every 1 month.'
        );
        expect(today(new Date(2026, 11, 3, 23, 30))).toBe('2026-12-03');
    });

    it('shows on the card when and by whom the account was last assessed, and that the review is due', async () => {
        const element = await render(mockRecord);
        expect($(element, '.last-assessed').textContent).toMatch(/^Last assessed .* by Maija Mäki\.$/);
        expect($(element, '.review-due .slds-badge').textContent).toBe('c.CVP_Scorecard_Review_Due');
        // Develop under "current" (score 3.50): every 12 months, and March 2025 is longer ago.
        expect($(element, '.review-reason').textContent).toMatch(
            /^Last assessed \d+ months ago; c.CVP_Review_Tiers_Develop every 12 months\.$/
        );
        expect($(element, '.next-review')).toBeNull();
    });

    it('shows when the next review is due while the assessment is fresh', async () => {
        const element = await render(assessedDaysAgo(10));
        expect($(element, '.review-due')).toBeNull();
        expect($(element, '.next-review').textContent).toMatch(/^Next review by /);
    });

    it('says an account no one has assessed is due', async () => {
        const element = await render(mockRecordNew);
        expect($(element, '.last-assessed').textContent).toBe('c.CVP_Scorecard_Never_Assessed');
        expect($(element, '.review-reason').textContent).toBe('c.CVP_Scorecard_Review_Never');
    });
});
