// The value scorecard's own texts (Custom Labels, with Finnish translations); shared words come from c/cvpText.
import TITLE from '@salesforce/label/c.CVP_Scorecard_Title';
import PROFILE from '@salesforce/label/c.CVP_Scorecard_Profile';
import INVALID_PROFILES from '@salesforce/label/c.CVP_Scorecard_Invalid_Profiles';
import SCORE from '@salesforce/label/c.CVP_Scorecard_Score';
import TIER from '@salesforce/label/c.CVP_Scorecard_Tier';
import COVERAGE from '@salesforce/label/c.CVP_Scorecard_Coverage';
import TREATMENT from '@salesforce/label/c.CVP_Scorecard_Treatment';
import INCOMPLETE from '@salesforce/label/c.CVP_Scorecard_Incomplete';
import NO_SCORE from '@salesforce/label/c.CVP_Scorecard_No_Score';
import LAST_SYNC from '@salesforce/label/c.CVP_Scorecard_Last_Sync';
import DIMENSIONS from '@salesforce/label/c.CVP_Scorecard_Dimensions';
import WEIGHT from '@salesforce/label/c.CVP_Scorecard_Weight';
import POINTS from '@salesforce/label/c.CVP_Scorecard_Points';
import NOT_COUNTED from '@salesforce/label/c.CVP_Scorecard_Not_Counted';
import FROM_REVENUE from '@salesforce/label/c.CVP_Scorecard_From_Revenue';
import FROM_MARGIN from '@salesforce/label/c.CVP_Scorecard_From_Margin';
import ENTERED from '@salesforce/label/c.CVP_Scorecard_Entered';
import NO_FIGURE from '@salesforce/label/c.CVP_Scorecard_No_Figure';
import READ_ONLY from '@salesforce/label/c.CVP_Scorecard_Read_Only';
import NO_SCORE_VALUE from '@salesforce/label/c.CVP_Scorecard_No_Score_Value';
import COMMITMENT from '@salesforce/label/c.CVP_Scorecard_Commitment';
import COMMITMENT_HELP from '@salesforce/label/c.CVP_Scorecard_Commitment_Help';
import EXPLANATION from '@salesforce/label/c.CVP_Scorecard_Explanation';
import LIFT_RAISE from '@salesforce/label/c.CVP_Scorecard_Lift_Raise';
import LIFT_ASSESS from '@salesforce/label/c.CVP_Scorecard_Lift_Assess';
import TOP_TIER from '@salesforce/label/c.CVP_Scorecard_Top_Tier';
import NO_LIFT from '@salesforce/label/c.CVP_Scorecard_No_Lift';
import COMMENT from '@salesforce/label/c.CVP_Scorecard_Comment';
import SAVE from '@salesforce/label/c.CVP_Scorecard_Save';
import UNDO from '@salesforce/label/c.CVP_Scorecard_Undo';
import UNSAVED from '@salesforce/label/c.CVP_Scorecard_Unsaved';
import SAVED_TITLE from '@salesforce/label/c.CVP_Scorecard_Saved_Title';
import SAVED_MESSAGE from '@salesforce/label/c.CVP_Scorecard_Saved_Message';
import SAVE_FAILED from '@salesforce/label/c.CVP_Scorecard_Save_Failed';
import HISTORY_FAILED from '@salesforce/label/c.CVP_Scorecard_History_Failed';
import LOAD_FAILED from '@salesforce/label/c.CVP_Scorecard_Load_Failed';
import HISTORY from '@salesforce/label/c.CVP_Scorecard_History';
import HISTORY_EMPTY from '@salesforce/label/c.CVP_Scorecard_History_Empty';
import HISTORY_TREND from '@salesforce/label/c.CVP_Scorecard_History_Trend';
import HISTORY_DATE from '@salesforce/label/c.CVP_Scorecard_History_Date';
import HISTORY_CHANGE from '@salesforce/label/c.CVP_Scorecard_History_Change';
import HISTORY_PROFILE from '@salesforce/label/c.CVP_Scorecard_History_Profile';
import HISTORY_COMMENT from '@salesforce/label/c.CVP_Scorecard_History_Comment';

export const LABELS = {
    title: TITLE,
    profile: PROFILE,
    invalidProfiles: INVALID_PROFILES,
    score: SCORE,
    tier: TIER,
    coverage: COVERAGE,
    treatment: TREATMENT,
    incomplete: INCOMPLETE,
    noScore: NO_SCORE,
    lastSync: LAST_SYNC,
    dimensions: DIMENSIONS,
    weight: WEIGHT,
    points: POINTS,
    notCounted: NOT_COUNTED,
    fromRevenue: FROM_REVENUE,
    fromMargin: FROM_MARGIN,
    entered: ENTERED,
    noFigure: NO_FIGURE,
    readOnly: READ_ONLY,
    noScoreValue: NO_SCORE_VALUE,
    commitment: COMMITMENT,
    commitmentHelp: COMMITMENT_HELP,
    explanation: EXPLANATION,
    liftRaise: LIFT_RAISE,
    liftAssess: LIFT_ASSESS,
    topTier: TOP_TIER,
    noLift: NO_LIFT,
    comment: COMMENT,
    save: SAVE,
    undo: UNDO,
    unsaved: UNSAVED,
    savedTitle: SAVED_TITLE,
    savedMessage: SAVED_MESSAGE,
    saveFailed: SAVE_FAILED,
    historyFailed: HISTORY_FAILED,
    loadFailed: LOAD_FAILED,
    history: HISTORY,
    historyEmpty: HISTORY_EMPTY,
    historyTrend: HISTORY_TREND,
    historyDate: HISTORY_DATE,
    historyChange: HISTORY_CHANGE,
    historyProfile: HISTORY_PROFILE,
    historyComment: HISTORY_COMMENT
};
