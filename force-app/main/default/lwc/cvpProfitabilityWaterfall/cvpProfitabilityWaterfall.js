import { LightningElement, api, wire } from 'lwc';
import { getRecord, getFieldValue } from 'lightning/uiRecordApi';
import { getRelatedListRecords } from 'lightning/uiRelatedListApi';
import NAME from '@salesforce/schema/Account.Name';
import CURRENT_PERIOD from '@salesforce/schema/Account.CVP_Current_Period__c';
import CURVE_ACCOUNT_SHARE from '@salesforce/schema/Account.CVP_Curve_Account_Share__c';
import CURVE_MARGIN_SHARE from '@salesforce/schema/Account.CVP_Curve_Margin_Share__c';
import { COMMON, format, formatMoney, formatNumber, formatPercent } from 'c/cvpText';
import { LIST_FIELDS, RELATED_LIST_ID, SORT_BY, periodsOf, pickPeriod } from './waterfallModel';
import { trendBars, waterfallBars, waterfallSteps, zeroLine } from './waterfallChart';
import { LABELS } from './waterfallLabels';
import { curvePlace } from './curvePlace';

/**
 * The account's customer profitability (docs/method.md, Customer margin): the waterfall of one period from revenue to
 * customer margin as an accessible SVG chart with the figures in a table behind it, margin %, service
 * hours per revenue, and the customer margin over the periods. Computed with the core's waterfall().
 * Above them, the account's place on the whale curve of the whole portfolio (curvePlace.js).
 */
export default class CvpProfitabilityWaterfall extends LightningElement {
    @api recordId;
    /** Design attribute: how many periods the trend shows. */
    @api periods = 8;

    labels = LABELS;
    common = COMMON;

    accountPeriod;
    allPeriods;
    chosenPeriod;
    recordError;
    listError;
    view;
    /** The account's place on the whale curve, or null (curvePlace.js). */
    place = null;

    @wire(getRecord, {
        recordId: '$recordId',
        fields: [NAME],
        optionalFields: [CURRENT_PERIOD, CURVE_ACCOUNT_SHARE, CURVE_MARGIN_SHARE]
    })
    wiredRecord({ data, error }) {
        if (data) {
            this.accountPeriod = getFieldValue(data, CURRENT_PERIOD) || null;
            this.place = curvePlace(getFieldValue(data, CURVE_ACCOUNT_SHARE), getFieldValue(data, CURVE_MARGIN_SHARE));
            this.recordError = undefined;
            this.recompute();
        } else if (error) {
            this.recordError = error;
        }
    }

    @wire(getRelatedListRecords, {
        parentRecordId: '$recordId',
        relatedListId: RELATED_LIST_ID,
        fields: LIST_FIELDS,
        sortBy: SORT_BY,
        pageSize: '$pageSize'
    })
    wiredPeriods({ data, error }) {
        if (data) {
            this.allPeriods = periodsOf(data.records);
            this.listError = undefined;
            this.recompute();
        } else if (error) {
            this.listError = error;
        }
    }

    get pageSize() {
        const n = Number(this.periods);
        return Number.isInteger(n) && n >= 1 ? Math.min(n, 24) : 8;
    }

    get errors() {
        return [this.recordError, this.listError].filter((e) => e);
    }

    get hasErrors() {
        return this.errors.length > 0;
    }

    get isLoading() {
        return !this.allPeriods && !this.hasErrors;
    }

    get isEmpty() {
        return Array.isArray(this.allPeriods) && this.allPeriods.length === 0;
    }

    handlePeriodChange(event) {
        this.chosenPeriod = event.detail.value;
        this.recompute();
    }

    recompute() {
        if (!this.allPeriods || this.allPeriods.length === 0) {
            this.view = undefined;
            return;
        }
        const periods = this.allPeriods;
        const current = pickPeriod(periods, this.chosenPeriod, this.accountPeriod);
        this.view = {
            periodOptions: periods.map((p) => ({ label: p.period, value: p.period })).reverse(),
            period: current.period,
            ...this.periodView(current),
            ...this.trendView(periods)
        };
    }

    periodView(p) {
        const wf = p.waterfall;
        if (!wf) return { hasWaterfall: false, incompleteText: format(LABELS.incomplete, p.period) };
        const steps = waterfallSteps(wf, {
            revenue: LABELS.revenue,
            directCosts: LABELS.directCosts,
            salesMargin: LABELS.salesMargin,
            salesCosts: LABELS.salesCosts,
            marketingCosts: LABELS.marketingCosts,
            serviceCosts: LABELS.serviceCosts,
            customerMargin: LABELS.customerMargin
        });
        const costsToServe = wf.salesCosts + wf.marketingCosts + wf.serviceCosts;
        return {
            hasWaterfall: true,
            bars: waterfallBars(steps, formatMoney),
            zero: zeroLine(steps),
            chartTitle: format(LABELS.chartTitle, p.period),
            chartDesc: format(
                LABELS.chartDesc,
                formatMoney(wf.revenue),
                formatMoney(wf.directCosts),
                formatMoney(wf.salesMargin),
                formatMoney(costsToServe),
                formatMoney(wf.customerMargin),
                wf.marginPct === null ? '–' : `${formatNumber(wf.marginPct, 2)} %`
            ),
            tableCaption: format(LABELS.tableCaption, p.period),
            tableRows: steps.map((s) => ({
                key: s.key,
                name: s.name,
                amount: formatMoney(s.amount),
                share: wf.revenue > 0 ? formatPercent(s.amount / wf.revenue) : '–',
                isTotal: s.kind === 'total'
            })),
            marginPctText: wf.marginPct === null ? '–' : `${formatNumber(wf.marginPct, 2)} %`,
            hoursText: p.serviceHours === null ? '–' : formatNumber(p.serviceHours, 1),
            hoursPerThousandText: p.hoursPerThousand === null ? '–' : formatNumber(p.hoursPerThousand, 2),
            isLoss: wf.customerMargin < 0
        };
    }

    trendView(periods) {
        const known = periods.filter((p) => p.customerMargin !== null);
        const trend = trendBars(periods, formatMoney);
        const first = known[0];
        const last = known[known.length - 1];
        return {
            hasTrend: known.length >= 2,
            trendBars: trend.bars,
            trendZeroY: trend.zeroY,
            trendDesc:
                known.length >= 2
                    ? format(
                          LABELS.trendDesc,
                          periods.length,
                          formatMoney(first.customerMargin),
                          first.period,
                          formatMoney(last.customerMargin),
                          last.period
                      )
                    : '',
            trendRows: periods
                .slice()
                .reverse()
                .map((p) => ({
                    key: p.period,
                    period: p.period,
                    revenue: p.revenue === null ? '–' : formatMoney(p.revenue),
                    margin: p.customerMargin === null ? '–' : formatMoney(p.customerMargin),
                    marginPct: p.marginPct === null ? '–' : `${formatNumber(p.marginPct, 2)} %`,
                    hoursPerThousand: p.hoursPerThousand === null ? '–' : formatNumber(p.hoursPerThousand, 2)
                }))
        };
    }
}
