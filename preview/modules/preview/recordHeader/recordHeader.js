import { LightningElement, api, wire } from 'lwc';
import { getRecord, getFieldValue, getFieldDisplayValue } from 'lightning/uiRecordApi';
import { getObjectInfo } from 'lightning/uiObjectInfoApi';
import NAME from '@salesforce/schema/Account.Name';
import OWNER_NAME from '@salesforce/schema/Account.Owner.Name';
import TIER from '@salesforce/schema/Account.CVP_Tier__c';
import SCORE from '@salesforce/schema/Account.CVP_Weighted_Score__c';
import RANK from '@salesforce/schema/Account.CVP_Rank__c';
import STAGE from '@salesforce/schema/Account.CVP_Lifecycle_Stage__c';

const SHOWN = [OWNER_NAME, TIER, SCORE, RANK, STAGE];

/**
 * The record page's highlights, standing in for force:highlightsPanel (which only the platform renders):
 * the account name as the page heading and the figures the last portfolio sync wrote.
 */
export default class RecordHeader extends LightningElement {
  @api recordId;

  @wire(getRecord, { recordId: '$recordId', fields: [NAME], optionalFields: SHOWN })
  record;

  @wire(getObjectInfo, { objectApiName: 'Account' })
  objectInfo;

  get name() {
    return getFieldValue(this.record.data, NAME) ?? '';
  }

  get objectLabel() {
    return this.objectInfo.data?.label ?? 'Account';
  }

  get fields() {
    const info = this.objectInfo.data;
    if (!this.record.data || !info) return [];
    return SHOWN.map((field) => {
      const top = field.fieldApiName.split('.')[0];
      const label = top === 'Owner' ? 'Owner' : (info.fields[top]?.label ?? top);
      const value = getFieldDisplayValue(this.record.data, field) ?? getFieldValue(this.record.data, field);
      return { key: field.fieldApiName, label, value: value ?? '—' };
    });
  }
}
