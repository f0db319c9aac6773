// The vision builder's texts: Custom Labels with Finnish translations (the method's words of seeds 003 and 004).
import TITLE from '@salesforce/label/c.CVP_Vision_Title';
import EMPTY from '@salesforce/label/c.CVP_Vision_Empty';
import CREATE from '@salesforce/label/c.CVP_Vision_Create';
import NAME_TEMPLATE from '@salesforce/label/c.CVP_Vision_Name_Template';
import VERSION_LINE from '@salesforce/label/c.CVP_Vision_Version_Line';
import CURRENT_STATE from '@salesforce/label/c.CVP_Vision_Current_State';
import CURRENT_STATE_PROMPT from '@salesforce/label/c.CVP_Vision_Current_State_Prompt';
import DEVELOPMENT_PLAN from '@salesforce/label/c.CVP_Vision_Development_Plan';
import DEVELOPMENT_PLAN_PROMPT from '@salesforce/label/c.CVP_Vision_Development_Plan_Prompt';
import SHARED_VISION from '@salesforce/label/c.CVP_Vision_Shared_Vision';
import SHARED_VISION_PROMPT from '@salesforce/label/c.CVP_Vision_Shared_Vision_Prompt';
import COMMUNICATION from '@salesforce/label/c.CVP_Vision_Communication';
import COMMUNICATION_PROMPT from '@salesforce/label/c.CVP_Vision_Communication_Prompt';
import CADENCE from '@salesforce/label/c.CVP_Vision_Cadence';
import CHANNELS from '@salesforce/label/c.CVP_Vision_Channels';
import PEOPLE from '@salesforce/label/c.CVP_Vision_People';
import FOLLOW_UP from '@salesforce/label/c.CVP_Vision_Follow_Up';
import FOLLOW_UP_PROMPT from '@salesforce/label/c.CVP_Vision_Follow_Up_Prompt';
import VALUE from '@salesforce/label/c.CVP_Vision_Value';
import VALUE_PROMPT from '@salesforce/label/c.CVP_Vision_Value_Prompt';
import VALUE_ENCOUNTER from '@salesforce/label/c.CVP_Vision_Value_Encounter';
import VALUE_RELATIONSHIP from '@salesforce/label/c.CVP_Vision_Value_Relationship';
import VALUE_WHOLE from '@salesforce/label/c.CVP_Vision_Value_Whole';
import EDGES from '@salesforce/label/c.CVP_Vision_Edges';
import EDGES_PROMPT from '@salesforce/label/c.CVP_Vision_Edges_Prompt';
import EDGES_NOTES from '@salesforce/label/c.CVP_Vision_Edges_Notes';
import EDGE_ETHICS from '@salesforce/label/c.CVP_Vision_Edge_Ethics';
import EDGE_AESTHETICS from '@salesforce/label/c.CVP_Vision_Edge_Aesthetics';
import EDGE_EMOTION from '@salesforce/label/c.CVP_Vision_Edge_Emotion';
import EDGE_EPIC from '@salesforce/label/c.CVP_Vision_Edge_Epic';
import EDGE_ENERGY from '@salesforce/label/c.CVP_Vision_Edge_Energy';
import EDGE_EDUCATION from '@salesforce/label/c.CVP_Vision_Edge_Education';
import EDGE_ENTHUSIASM from '@salesforce/label/c.CVP_Vision_Edge_Enthusiasm';
import EDGE_ECONOMY from '@salesforce/label/c.CVP_Vision_Edge_Economy';
import EDGE_EFFICIENCY from '@salesforce/label/c.CVP_Vision_Edge_Efficiency';
import STATUS from '@salesforce/label/c.CVP_Vision_Status';
import STATUS_DRAFT from '@salesforce/label/c.CVP_Vision_Status_Draft';
import STATUS_AGREED from '@salesforce/label/c.CVP_Vision_Status_Agreed';
import STATUS_UNDER_REVIEW from '@salesforce/label/c.CVP_Vision_Status_Under_Review';
import AGREED_DATE from '@salesforce/label/c.CVP_Vision_Agreed_Date';
import PARTICIPANTS from '@salesforce/label/c.CVP_Vision_Participants';
import NEXT_REVIEW from '@salesforce/label/c.CVP_Vision_Next_Review';
import SAVE from '@salesforce/label/c.CVP_Vision_Save';
import SAVED from '@salesforce/label/c.CVP_Vision_Saved';
import SAVE_FAILED from '@salesforce/label/c.CVP_Vision_Save_Failed';
import UNSAVED from '@salesforce/label/c.CVP_Vision_Unsaved';
import DRAFT_RESTORED from '@salesforce/label/c.CVP_Vision_Draft_Restored';
import DISCARD from '@salesforce/label/c.CVP_Vision_Discard';
import AGREE_ACTION from '@salesforce/label/c.CVP_Vision_Agree_Action';
import AGREE_CONFIRM from '@salesforce/label/c.CVP_Vision_Agree_Confirm';
import AGREE_MISSING from '@salesforce/label/c.CVP_Vision_Agree_Missing';
import CANCEL from '@salesforce/label/c.CVP_Vision_Cancel';
import START_REVIEW from '@salesforce/label/c.CVP_Vision_Start_Review';
import NEW_VERSION from '@salesforce/label/c.CVP_Vision_New_Version';
import NEW_VERSION_CREATED from '@salesforce/label/c.CVP_Vision_New_Version_Created';
import AGREED_LOCKED from '@salesforce/label/c.CVP_Vision_Agreed_Locked';
import EARLIER from '@salesforce/label/c.CVP_Vision_Earlier';
import READ from '@salesforce/label/c.CVP_Vision_Read';
import CLOSE from '@salesforce/label/c.CVP_Vision_Close';
import PRINT_VIEW from '@salesforce/label/c.CVP_Vision_Print_View';
import PRINT from '@salesforce/label/c.CVP_Vision_Print';
import PRINT_NOTE from '@salesforce/label/c.CVP_Vision_Print_Note';
import REVIEW_DUE from '@salesforce/label/c.CVP_Vision_Review_Due';
import REVIEW_REMIND from '@salesforce/label/c.CVP_Vision_Review_Remind';
import REVIEW_TASK_SUBJECT from '@salesforce/label/c.CVP_Vision_Review_Task_Subject';
import REMINDER_CREATED from '@salesforce/label/c.CVP_Vision_Reminder_Created';
import LOAD_FAILED from '@salesforce/label/c.CVP_Vision_Load_Failed';
import ACTION_FAILED from '@salesforce/label/c.CVP_Vision_Action_Failed';
import OBJ_TITLE from '@salesforce/label/c.CVP_Vision_Obj_Title';
import OBJ_EMPTY from '@salesforce/label/c.CVP_Vision_Obj_Empty';
import OBJ_ADD from '@salesforce/label/c.CVP_Vision_Obj_Add';
import OBJ_EDIT from '@salesforce/label/c.CVP_Vision_Obj_Edit';
import OBJ_NAME from '@salesforce/label/c.CVP_Vision_Obj_Name';
import OBJ_OWNER_SIDE from '@salesforce/label/c.CVP_Vision_Obj_Owner_Side';
import OBJ_SIDE_OURS from '@salesforce/label/c.CVP_Vision_Obj_Side_Ours';
import OBJ_SIDE_CUSTOMER from '@salesforce/label/c.CVP_Vision_Obj_Side_Customer';
import OBJ_SIDE_JOINT from '@salesforce/label/c.CVP_Vision_Obj_Side_Joint';
import OBJ_PERSON from '@salesforce/label/c.CVP_Vision_Obj_Person';
import OBJ_MEASURE from '@salesforce/label/c.CVP_Vision_Obj_Measure';
import OBJ_TARGET from '@salesforce/label/c.CVP_Vision_Obj_Target';
import OBJ_ACTUAL from '@salesforce/label/c.CVP_Vision_Obj_Actual';
import OBJ_DUE from '@salesforce/label/c.CVP_Vision_Obj_Due';
import OBJ_DESCRIPTION from '@salesforce/label/c.CVP_Vision_Obj_Description';
import OBJ_PROGRESS from '@salesforce/label/c.CVP_Vision_Obj_Progress';
import OBJ_OVERDUE from '@salesforce/label/c.CVP_Vision_Obj_Overdue';
import OBJ_STATUS_NOT_STARTED from '@salesforce/label/c.CVP_Vision_Obj_Status_Not_Started';
import OBJ_STATUS_ON_TRACK from '@salesforce/label/c.CVP_Vision_Obj_Status_On_Track';
import OBJ_STATUS_AT_RISK from '@salesforce/label/c.CVP_Vision_Obj_Status_At_Risk';
import OBJ_STATUS_DONE from '@salesforce/label/c.CVP_Vision_Obj_Status_Done';
import OBJ_STATUS_DROPPED from '@salesforce/label/c.CVP_Vision_Obj_Status_Dropped';
import OBJ_NAME_REQUIRED from '@salesforce/label/c.CVP_Vision_Obj_Name_Required';
import OBJ_SIDE_REQUIRED from '@salesforce/label/c.CVP_Vision_Obj_Side_Required';
import OBJ_MEASURE_REQUIRED from '@salesforce/label/c.CVP_Vision_Obj_Measure_Required';
import OBJ_SAVED from '@salesforce/label/c.CVP_Vision_Obj_Saved';
import OBJ_SAVE_FAILED from '@salesforce/label/c.CVP_Vision_Obj_Save_Failed';
import OBJ_REMIND from '@salesforce/label/c.CVP_Vision_Obj_Remind';
import OBJ_TASK_SUBJECT from '@salesforce/label/c.CVP_Vision_Obj_Task_Subject';
import OBJ_LOAD_FAILED from '@salesforce/label/c.CVP_Vision_Obj_Load_Failed';

export const LABELS = {
    title: TITLE,
    empty: EMPTY,
    create: CREATE,
    nameTemplate: NAME_TEMPLATE,
    versionLine: VERSION_LINE,
    currentState: CURRENT_STATE,
    currentStatePrompt: CURRENT_STATE_PROMPT,
    developmentPlan: DEVELOPMENT_PLAN,
    developmentPlanPrompt: DEVELOPMENT_PLAN_PROMPT,
    sharedVision: SHARED_VISION,
    sharedVisionPrompt: SHARED_VISION_PROMPT,
    communication: COMMUNICATION,
    communicationPrompt: COMMUNICATION_PROMPT,
    cadence: CADENCE,
    channels: CHANNELS,
    people: PEOPLE,
    followUp: FOLLOW_UP,
    followUpPrompt: FOLLOW_UP_PROMPT,
    value: VALUE,
    valuePrompt: VALUE_PROMPT,
    valueEncounter: VALUE_ENCOUNTER,
    valueRelationship: VALUE_RELATIONSHIP,
    valueWhole: VALUE_WHOLE,
    edges: EDGES,
    edgesPrompt: EDGES_PROMPT,
    edgesNotes: EDGES_NOTES,
    edgeEthics: EDGE_ETHICS,
    edgeAesthetics: EDGE_AESTHETICS,
    edgeEmotion: EDGE_EMOTION,
    edgeEpic: EDGE_EPIC,
    edgeEnergy: EDGE_ENERGY,
    edgeEducation: EDGE_EDUCATION,
    edgeEnthusiasm: EDGE_ENTHUSIASM,
    edgeEconomy: EDGE_ECONOMY,
    edgeEfficiency: EDGE_EFFICIENCY,
    status: STATUS,
    statusDraft: STATUS_DRAFT,
    statusAgreed: STATUS_AGREED,
    statusUnderReview: STATUS_UNDER_REVIEW,
    agreedDate: AGREED_DATE,
    participants: PARTICIPANTS,
    nextReview: NEXT_REVIEW,
    save: SAVE,
    saved: SAVED,
    saveFailed: SAVE_FAILED,
    unsaved: UNSAVED,
    draftRestored: DRAFT_RESTORED,
    discard: DISCARD,
    agreeAction: AGREE_ACTION,
    agreeConfirm: AGREE_CONFIRM,
    agreeMissing: AGREE_MISSING,
    cancel: CANCEL,
    startReview: START_REVIEW,
    newVersion: NEW_VERSION,
    newVersionCreated: NEW_VERSION_CREATED,
    agreedLocked: AGREED_LOCKED,
    earlier: EARLIER,
    read: READ,
    close: CLOSE,
    printView: PRINT_VIEW,
    print: PRINT,
    printNote: PRINT_NOTE,
    reviewDue: REVIEW_DUE,
    reviewRemind: REVIEW_REMIND,
    reviewTaskSubject: REVIEW_TASK_SUBJECT,
    reminderCreated: REMINDER_CREATED,
    loadFailed: LOAD_FAILED,
    actionFailed: ACTION_FAILED,
    objTitle: OBJ_TITLE,
    objEmpty: OBJ_EMPTY,
    objAdd: OBJ_ADD,
    objEdit: OBJ_EDIT,
    objName: OBJ_NAME,
    objOwnerSide: OBJ_OWNER_SIDE,
    objSideOurs: OBJ_SIDE_OURS,
    objSideCustomer: OBJ_SIDE_CUSTOMER,
    objSideJoint: OBJ_SIDE_JOINT,
    objPerson: OBJ_PERSON,
    objMeasure: OBJ_MEASURE,
    objTarget: OBJ_TARGET,
    objActual: OBJ_ACTUAL,
    objDue: OBJ_DUE,
    objDescription: OBJ_DESCRIPTION,
    objProgress: OBJ_PROGRESS,
    objOverdue: OBJ_OVERDUE,
    objStatusNotStarted: OBJ_STATUS_NOT_STARTED,
    objStatusOnTrack: OBJ_STATUS_ON_TRACK,
    objStatusAtRisk: OBJ_STATUS_AT_RISK,
    objStatusDone: OBJ_STATUS_DONE,
    objStatusDropped: OBJ_STATUS_DROPPED,
    objNameRequired: OBJ_NAME_REQUIRED,
    objSideRequired: OBJ_SIDE_REQUIRED,
    objMeasureRequired: OBJ_MEASURE_REQUIRED,
    objSaved: OBJ_SAVED,
    objSaveFailed: OBJ_SAVE_FAILED,
    objRemind: OBJ_REMIND,
    objTaskSubject: OBJ_TASK_SUBJECT,
    objLoadFailed: OBJ_LOAD_FAILED
};
