// The lifecycle card's own texts (Custom Labels, with Finnish translations); stage names come from c/cvpText.
import TITLE from '@salesforce/label/c.CVP_Lifecycle_Title';
import STAGE from '@salesforce/label/c.CVP_Lifecycle_Stage';
import STAGE_PIONEER from '@salesforce/label/c.CVP_Lifecycle_Stage_Pioneer';
import STAGE_GROWTH from '@salesforce/label/c.CVP_Lifecycle_Stage_Growth';
import STAGE_ESTABLISHED from '@salesforce/label/c.CVP_Lifecycle_Stage_Established';
import STAGE_DECLINING from '@salesforce/label/c.CVP_Lifecycle_Stage_Declining';
import STAGE_ENDING from '@salesforce/label/c.CVP_Lifecycle_Stage_Ending';
import NO_STAGE from '@salesforce/label/c.CVP_Lifecycle_No_Stage';
import VISION_DUE from '@salesforce/label/c.CVP_Lifecycle_Vision_Due';
import VISION_MISSING from '@salesforce/label/c.CVP_Lifecycle_Vision_Missing';
import VISION_START from '@salesforce/label/c.CVP_Lifecycle_Vision_Start';
import VISION_NAME from '@salesforce/label/c.CVP_Lifecycle_Vision_Name';
import VISION_CURRENT from '@salesforce/label/c.CVP_Lifecycle_Vision_Current';
import VISION_REVIEW from '@salesforce/label/c.CVP_Lifecycle_Vision_Review';
import VISION_OPEN from '@salesforce/label/c.CVP_Lifecycle_Vision_Open';
import LOAD_FAILED from '@salesforce/label/c.CVP_Lifecycle_Load_Failed';

export const LABELS = {
    title: TITLE,
    stage: STAGE,
    stagePioneer: STAGE_PIONEER,
    stageGrowth: STAGE_GROWTH,
    stageEstablished: STAGE_ESTABLISHED,
    stageDeclining: STAGE_DECLINING,
    stageEnding: STAGE_ENDING,
    noStage: NO_STAGE,
    visionDue: VISION_DUE,
    visionMissing: VISION_MISSING,
    visionStart: VISION_START,
    visionName: VISION_NAME,
    visionCurrent: VISION_CURRENT,
    visionReview: VISION_REVIEW,
    visionOpen: VISION_OPEN,
    loadFailed: LOAD_FAILED
};

/** What each stage asks of the key account manager, by the picklist API value. */
export const STAGE_ADVICE = {
    Pioneer: STAGE_PIONEER,
    Growth: STAGE_GROWTH,
    Established: STAGE_ESTABLISHED,
    Declining: STAGE_DECLINING,
    Ending: STAGE_ENDING
};
