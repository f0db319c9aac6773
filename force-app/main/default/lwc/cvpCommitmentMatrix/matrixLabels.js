// The commitment matrix's own texts (Custom Labels, with Finnish translations).
import TITLE from '@salesforce/label/c.CVP_Matrix_Title';
import CHART_TITLE from '@salesforce/label/c.CVP_Matrix_Chart_Title';
import CHART_DESC from '@salesforce/label/c.CVP_Matrix_Chart_Desc';
import UNASSESSED from '@salesforce/label/c.CVP_Matrix_Unassessed';
import ADVICE from '@salesforce/label/c.CVP_Matrix_Advice';
import MOVEMENT from '@salesforce/label/c.CVP_Matrix_Movement';
import MOVED from '@salesforce/label/c.CVP_Matrix_Moved';
import STILL from '@salesforce/label/c.CVP_Matrix_Still';
import CHANGE_VALUES from '@salesforce/label/c.CVP_Matrix_Change_Values';
import NO_HISTORY from '@salesforce/label/c.CVP_Matrix_No_History';
import WAS_UNASSESSED from '@salesforce/label/c.CVP_Matrix_Was_Unassessed';
import LOAD_FAILED from '@salesforce/label/c.CVP_Matrix_Load_Failed';
import VALUES from '@salesforce/label/c.CVP_Matrix_Values';
import PRISONER_DESC from '@salesforce/label/c.CVP_Matrix_Prisoner_Desc';
import PRISONER_ADVICE from '@salesforce/label/c.CVP_Matrix_Prisoner_Advice';
import IDEAL_DESC from '@salesforce/label/c.CVP_Matrix_Ideal_Desc';
import IDEAL_ADVICE from '@salesforce/label/c.CVP_Matrix_Ideal_Advice';
import RISK_DESC from '@salesforce/label/c.CVP_Matrix_Risk_Desc';
import RISK_ADVICE from '@salesforce/label/c.CVP_Matrix_Risk_Advice';
import EMOTIONAL_BOND_DESC from '@salesforce/label/c.CVP_Matrix_Emotional_Bond_Desc';
import EMOTIONAL_BOND_ADVICE from '@salesforce/label/c.CVP_Matrix_Emotional_Bond_Advice';

export const LABELS = {
    title: TITLE,
    chartTitle: CHART_TITLE,
    chartDesc: CHART_DESC,
    unassessed: UNASSESSED,
    advice: ADVICE,
    movement: MOVEMENT,
    moved: MOVED,
    still: STILL,
    changeValues: CHANGE_VALUES,
    noHistory: NO_HISTORY,
    wasUnassessed: WAS_UNASSESSED,
    loadFailed: LOAD_FAILED,
    values: VALUES,
    prisonerDesc: PRISONER_DESC,
    prisonerAdvice: PRISONER_ADVICE,
    idealDesc: IDEAL_DESC,
    idealAdvice: IDEAL_ADVICE,
    riskDesc: RISK_DESC,
    riskAdvice: RISK_ADVICE,
    emotionalBondDesc: EMOTIONAL_BOND_DESC,
    emotionalBondAdvice: EMOTIONAL_BOND_ADVICE
};

/** What each quadrant means and what seed 003 advises: commit the customer, never imprison. */
export const QUADRANT_TEXT = {
    prisoner: { description: PRISONER_DESC, advice: PRISONER_ADVICE },
    ideal: { description: IDEAL_DESC, advice: IDEAL_ADVICE },
    risk: { description: RISK_DESC, advice: RISK_ADVICE },
    emotionalBond: { description: EMOTIONAL_BOND_DESC, advice: EMOTIONAL_BOND_ADVICE }
};
