/**
 * Profitability rows (CVP_Customer_Profitability__c, from getRelatedListRecords) as periods, each with
 * its waterfall computed by the core: the same arithmetic as the CLI and the sync.
 */
import { roundHalfUp, waterfall } from 'c/cvpCore';
import PERIOD from '@salesforce/schema/CVP_Customer_Profitability__c.CVP_Period__c';
import REVENUE from '@salesforce/schema/CVP_Customer_Profitability__c.CVP_Revenue__c';
import DIRECT_COSTS from '@salesforce/schema/CVP_Customer_Profitability__c.CVP_Direct_Costs__c';
import SALES_COSTS from '@salesforce/schema/CVP_Customer_Profitability__c.CVP_Sales_Costs__c';
import MARKETING_COSTS from '@salesforce/schema/CVP_Customer_Profitability__c.CVP_Marketing_Costs__c';
import SERVICE_COSTS from '@salesforce/schema/CVP_Customer_Profitability__c.CVP_Service_Costs__c';
import SERVICE_HOURS from '@salesforce/schema/CVP_Customer_Profitability__c.CVP_Service_Hours__c';
import { RELATIONSHIPS } from 'c/cvpSchema';

const FIELDS = {
    period: PERIOD,
    revenue: REVENUE,
    directCosts: DIRECT_COSTS,
    salesCosts: SALES_COSTS,
    marketingCosts: MARKETING_COSTS,
    serviceCosts: SERVICE_COSTS,
    serviceHours: SERVICE_HOURS
};

const qualified = (field) => `${field.objectApiName}.${field.fieldApiName}`;

/** The related list and the fields the component asks for, newest period first. */
export const RELATED_LIST_ID = RELATIONSHIPS.accountProfitability;
export const LIST_FIELDS = Object.values(FIELDS).map(qualified);
export const SORT_BY = [`-${qualified(PERIOD)}`];

const numberOrNull = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** One period from a related-list record. */
export function periodOf(record) {
    const value = (key) => {
        const f = record.fields[FIELDS[key].fieldApiName];
        return f ? f.value : null;
    };
    const input = {
        revenue: numberOrNull(value('revenue')),
        directCosts: numberOrNull(value('directCosts')),
        salesCosts: numberOrNull(value('salesCosts')),
        marketingCosts: numberOrNull(value('marketingCosts')),
        serviceCosts: numberOrNull(value('serviceCosts'))
    };
    const wf = waterfall(input);
    const hours = numberOrNull(value('serviceHours'));
    return {
        id: record.id,
        period: value('period') || '',
        revenue: input.revenue,
        serviceHours: hours,
        waterfall: wf,
        customerMargin: wf ? wf.customerMargin : null,
        marginPct: wf ? wf.marginPct : null,
        // Workload per revenue (docs/method.md, Portfolio analysis): hours of service per 1,000 of revenue.
        hoursPerThousand:
            hours !== null && input.revenue !== null && input.revenue > 0
                ? roundHalfUp((hours / input.revenue) * 1000, 2)
                : null
    };
}

/** Periods oldest first; the periods are YYYY, YYYY-Qn or YYYY-MM, which sort as text. */
export function periodsOf(records) {
    return (records || []).map(periodOf).sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}

/** The period to show: the one chosen, else the account's current period, else the latest. */
export function pickPeriod(periods, ...keys) {
    for (const key of keys) {
        const found = key ? periods.find((p) => p.period === key) : undefined;
        if (found) return found;
    }
    return periods.length > 0 ? periods[periods.length - 1] : null;
}
