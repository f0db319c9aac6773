// The waterfall's own texts (Custom Labels, with Finnish translations).
import TITLE from '@salesforce/label/c.CVP_Waterfall_Title';
import PERIOD from '@salesforce/label/c.CVP_Waterfall_Period';
import REVENUE from '@salesforce/label/c.CVP_Waterfall_Revenue';
import DIRECT_COSTS from '@salesforce/label/c.CVP_Waterfall_Direct_Costs';
import SALES_MARGIN from '@salesforce/label/c.CVP_Waterfall_Sales_Margin';
import SALES_COSTS from '@salesforce/label/c.CVP_Waterfall_Sales_Costs';
import MARKETING_COSTS from '@salesforce/label/c.CVP_Waterfall_Marketing_Costs';
import SERVICE_COSTS from '@salesforce/label/c.CVP_Waterfall_Service_Costs';
import CUSTOMER_MARGIN from '@salesforce/label/c.CVP_Waterfall_Customer_Margin';
import CHART_TITLE from '@salesforce/label/c.CVP_Waterfall_Chart_Title';
import CHART_DESC from '@salesforce/label/c.CVP_Waterfall_Chart_Desc';
import TABLE_CAPTION from '@salesforce/label/c.CVP_Waterfall_Table_Caption';
import STEP from '@salesforce/label/c.CVP_Waterfall_Step';
import AMOUNT from '@salesforce/label/c.CVP_Waterfall_Amount';
import SHARE from '@salesforce/label/c.CVP_Waterfall_Share';
import MARGIN_PCT from '@salesforce/label/c.CVP_Waterfall_Margin_Pct';
import HOURS from '@salesforce/label/c.CVP_Waterfall_Hours';
import HOURS_PER_REVENUE from '@salesforce/label/c.CVP_Waterfall_Hours_Per_Revenue';
import TREND from '@salesforce/label/c.CVP_Waterfall_Trend';
import TREND_TITLE from '@salesforce/label/c.CVP_Waterfall_Trend_Title';
import TREND_DESC from '@salesforce/label/c.CVP_Waterfall_Trend_Desc';
import EMPTY_TITLE from '@salesforce/label/c.CVP_Waterfall_Empty_Title';
import EMPTY_BODY from '@salesforce/label/c.CVP_Waterfall_Empty_Body';
import EMPTY_COMMAND from '@salesforce/label/c.CVP_Waterfall_Empty_Command';
import EMPTY_AFTER from '@salesforce/label/c.CVP_Waterfall_Empty_After';
import INCOMPLETE from '@salesforce/label/c.CVP_Waterfall_Incomplete';
import LOAD_FAILED from '@salesforce/label/c.CVP_Waterfall_Load_Failed';
import LOSS from '@salesforce/label/c.CVP_Waterfall_Loss';

export const LABELS = {
    title: TITLE,
    period: PERIOD,
    revenue: REVENUE,
    directCosts: DIRECT_COSTS,
    salesMargin: SALES_MARGIN,
    salesCosts: SALES_COSTS,
    marketingCosts: MARKETING_COSTS,
    serviceCosts: SERVICE_COSTS,
    customerMargin: CUSTOMER_MARGIN,
    chartTitle: CHART_TITLE,
    chartDesc: CHART_DESC,
    tableCaption: TABLE_CAPTION,
    step: STEP,
    amount: AMOUNT,
    share: SHARE,
    marginPct: MARGIN_PCT,
    hours: HOURS,
    hoursPerRevenue: HOURS_PER_REVENUE,
    trend: TREND,
    trendTitle: TREND_TITLE,
    trendDesc: TREND_DESC,
    emptyTitle: EMPTY_TITLE,
    emptyBody: EMPTY_BODY,
    emptyCommand: EMPTY_COMMAND,
    emptyAfter: EMPTY_AFTER,
    incomplete: INCOMPLETE,
    loadFailed: LOAD_FAILED,
    loss: LOSS
};
