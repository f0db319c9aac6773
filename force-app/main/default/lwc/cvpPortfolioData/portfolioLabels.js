// The portfolio workspace's texts: Custom Labels, with Finnish translations (translations/fi).
import CVP_PF_TITLE from '@salesforce/label/c.CVP_Pf_Title';
import CVP_PF_TAB_RANKED from '@salesforce/label/c.CVP_Pf_Tab_Ranked';
import CVP_PF_TAB_COMPARE from '@salesforce/label/c.CVP_Pf_Tab_Compare';
import CVP_PF_TAB_PARETO from '@salesforce/label/c.CVP_Pf_Tab_Pareto';
import CVP_PF_TAB_MATRIX from '@salesforce/label/c.CVP_Pf_Tab_Matrix';
import CVP_PF_TAB_TREND from '@salesforce/label/c.CVP_Pf_Tab_Trend';
import CVP_PF_LOAD_FAILED from '@salesforce/label/c.CVP_Pf_Load_Failed';
import CVP_PF_EXPORT from '@salesforce/label/c.CVP_Pf_Export';
import CVP_PF_EXPORT_XLSX from '@salesforce/label/c.CVP_Pf_Export_Xlsx';
import CVP_PF_LOADED from '@salesforce/label/c.CVP_Pf_Loaded';
import CVP_PF_SEARCH from '@salesforce/label/c.CVP_Pf_Search';
import CVP_PF_ALL from '@salesforce/label/c.CVP_Pf_All';
import CVP_PF_OWNER from '@salesforce/label/c.CVP_Pf_Owner';
import CVP_PF_OWNER_MINE from '@salesforce/label/c.CVP_Pf_Owner_Mine';
import CVP_PF_INCOMPLETE_ONLY from '@salesforce/label/c.CVP_Pf_Incomplete_Only';
import CVP_PF_TIER from '@salesforce/label/c.CVP_Pf_Tier';
import CVP_PF_TREATMENT from '@salesforce/label/c.CVP_Pf_Treatment';
import CVP_PF_QUADRANT from '@salesforce/label/c.CVP_Pf_Quadrant';
import CVP_PF_ABC from '@salesforce/label/c.CVP_Pf_ABC';
import CVP_PF_LIFECYCLE from '@salesforce/label/c.CVP_Pf_Lifecycle';
import CVP_PF_RANK from '@salesforce/label/c.CVP_Pf_Rank';
import CVP_PF_ACCOUNT from '@salesforce/label/c.CVP_Pf_Account';
import CVP_PF_SCORE from '@salesforce/label/c.CVP_Pf_Score';
import CVP_PF_MARGIN from '@salesforce/label/c.CVP_Pf_Margin';
import CVP_PF_REVENUE from '@salesforce/label/c.CVP_Pf_Revenue';
import CVP_PF_EMPTY from '@salesforce/label/c.CVP_Pf_Empty';
import CVP_PF_TOTALS from '@salesforce/label/c.CVP_Pf_Totals';
import CVP_PF_NO_SNAPSHOT from '@salesforce/label/c.CVP_Pf_No_Snapshot';
import CVP_PF_COMPARE_BASE from '@salesforce/label/c.CVP_Pf_Compare_Base';
import CVP_PF_COMPARE_OTHER from '@salesforce/label/c.CVP_Pf_Compare_Other';
import CVP_PF_COMPARE_SCOPE from '@salesforce/label/c.CVP_Pf_Compare_Scope';
import CVP_PF_RISING from '@salesforce/label/c.CVP_Pf_Rising';
import CVP_PF_FALLERS from '@salesforce/label/c.CVP_Pf_Fallers';
import CVP_PF_RANK_CHANGE from '@salesforce/label/c.CVP_Pf_Rank_Change';
import CVP_PF_COMPARED_RANK from '@salesforce/label/c.CVP_Pf_Compared_Rank';
import CVP_PF_CHANGE from '@salesforce/label/c.CVP_Pf_Change';
import CVP_PF_NO_CHANGE from '@salesforce/label/c.CVP_Pf_No_Change';
import CVP_PF_TOP20_MARGIN from '@salesforce/label/c.CVP_Pf_Top20_Margin';
import CVP_PF_TOP20_REVENUE from '@salesforce/label/c.CVP_Pf_Top20_Revenue';
import CVP_PF_ABC_SPLIT from '@salesforce/label/c.CVP_Pf_ABC_Split';
import CVP_PF_WHALE_TITLE from '@salesforce/label/c.CVP_Pf_Whale_Title';
import CVP_PF_WHALE_DESC from '@salesforce/label/c.CVP_Pf_Whale_Desc';
import CVP_PF_POINT from '@salesforce/label/c.CVP_Pf_Point';
import CVP_PF_ACCOUNTS from '@salesforce/label/c.CVP_Pf_Accounts';
import CVP_PF_CUMULATIVE from '@salesforce/label/c.CVP_Pf_Cumulative';
import CVP_PF_LOSS_TITLE from '@salesforce/label/c.CVP_Pf_Loss_Title';
import CVP_PF_CAUSE from '@salesforce/label/c.CVP_Pf_Cause';
import CVP_PF_CAUSE_LOW_VOLUME from '@salesforce/label/c.CVP_Pf_Cause_Low_Volume';
import CVP_PF_CAUSE_WORKLOAD from '@salesforce/label/c.CVP_Pf_Cause_Workload';
import CVP_PF_CAUSE_COSTS from '@salesforce/label/c.CVP_Pf_Cause_Costs';
import CVP_PF_LOADED_SCOPE from '@salesforce/label/c.CVP_Pf_Loaded_Scope';
import CVP_PF_NO_LOSS from '@salesforce/label/c.CVP_Pf_No_Loss';
import CVP_PF_MATRIX_TITLE from '@salesforce/label/c.CVP_Pf_Matrix_Title';
import CVP_PF_MATRIX_DESC from '@salesforce/label/c.CVP_Pf_Matrix_Desc';
import CVP_PF_BUBBLE from '@salesforce/label/c.CVP_Pf_Bubble';
import CVP_PF_TREND_TITLE from '@salesforce/label/c.CVP_Pf_Trend_Title';
import CVP_PF_TREND_DESC from '@salesforce/label/c.CVP_Pf_Trend_Desc';
import CVP_PF_NO_TREND from '@salesforce/label/c.CVP_Pf_No_Trend';
import CVP_PF_DATE from '@salesforce/label/c.CVP_Pf_Date';
import CVP_PF_KEY_SHARE from '@salesforce/label/c.CVP_Pf_Key_Share';
import CVP_PF_AVERAGE_SCORE from '@salesforce/label/c.CVP_Pf_Average_Score';
import CVP_PF_TOTAL_MARGIN from '@salesforce/label/c.CVP_Pf_Total_Margin';
import CVP_PF_SHOW_DATA from '@salesforce/label/c.CVP_Pf_Show_Data';
import CVP_PF_HIDE_DATA from '@salesforce/label/c.CVP_Pf_Hide_Data';
import CVP_PF_OPEN from '@salesforce/label/c.CVP_Pf_Open';

export const LABELS = {
    title: CVP_PF_TITLE,
    tabRanked: CVP_PF_TAB_RANKED,
    tabCompare: CVP_PF_TAB_COMPARE,
    tabPareto: CVP_PF_TAB_PARETO,
    tabMatrix: CVP_PF_TAB_MATRIX,
    tabTrend: CVP_PF_TAB_TREND,
    loadFailed: CVP_PF_LOAD_FAILED,
    export: CVP_PF_EXPORT,
    exportXlsx: CVP_PF_EXPORT_XLSX,
    loaded: CVP_PF_LOADED,
    search: CVP_PF_SEARCH,
    all: CVP_PF_ALL,
    owner: CVP_PF_OWNER,
    ownerMine: CVP_PF_OWNER_MINE,
    incompleteOnly: CVP_PF_INCOMPLETE_ONLY,
    tier: CVP_PF_TIER,
    treatment: CVP_PF_TREATMENT,
    quadrant: CVP_PF_QUADRANT,
    abc: CVP_PF_ABC,
    lifecycle: CVP_PF_LIFECYCLE,
    rank: CVP_PF_RANK,
    account: CVP_PF_ACCOUNT,
    score: CVP_PF_SCORE,
    margin: CVP_PF_MARGIN,
    revenue: CVP_PF_REVENUE,
    empty: CVP_PF_EMPTY,
    totals: CVP_PF_TOTALS,
    noSnapshot: CVP_PF_NO_SNAPSHOT,
    compareBase: CVP_PF_COMPARE_BASE,
    compareOther: CVP_PF_COMPARE_OTHER,
    compareScope: CVP_PF_COMPARE_SCOPE,
    rising: CVP_PF_RISING,
    fallers: CVP_PF_FALLERS,
    rankChange: CVP_PF_RANK_CHANGE,
    comparedRank: CVP_PF_COMPARED_RANK,
    change: CVP_PF_CHANGE,
    noChange: CVP_PF_NO_CHANGE,
    top20Margin: CVP_PF_TOP20_MARGIN,
    top20Revenue: CVP_PF_TOP20_REVENUE,
    abcSplit: CVP_PF_ABC_SPLIT,
    whaleTitle: CVP_PF_WHALE_TITLE,
    whaleDesc: CVP_PF_WHALE_DESC,
    point: CVP_PF_POINT,
    accounts: CVP_PF_ACCOUNTS,
    cumulative: CVP_PF_CUMULATIVE,
    lossTitle: CVP_PF_LOSS_TITLE,
    cause: CVP_PF_CAUSE,
    causeLowVolume: CVP_PF_CAUSE_LOW_VOLUME,
    causeWorkload: CVP_PF_CAUSE_WORKLOAD,
    causeCosts: CVP_PF_CAUSE_COSTS,
    loadedScope: CVP_PF_LOADED_SCOPE,
    noLoss: CVP_PF_NO_LOSS,
    matrixTitle: CVP_PF_MATRIX_TITLE,
    matrixDesc: CVP_PF_MATRIX_DESC,
    bubble: CVP_PF_BUBBLE,
    trendTitle: CVP_PF_TREND_TITLE,
    trendDesc: CVP_PF_TREND_DESC,
    noTrend: CVP_PF_NO_TREND,
    date: CVP_PF_DATE,
    keyShare: CVP_PF_KEY_SHARE,
    averageScore: CVP_PF_AVERAGE_SCORE,
    totalMargin: CVP_PF_TOTAL_MARGIN,
    showData: CVP_PF_SHOW_DATA,
    hideData: CVP_PF_HIDE_DATA,
    open: CVP_PF_OPEN
};
