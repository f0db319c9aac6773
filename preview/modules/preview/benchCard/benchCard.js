import { LightningElement, api, wire } from 'lwc';
import { getRecord } from 'lightning/uiRecordApi';
import { getRelatedListRecords } from 'lightning/uiRelatedListApi';

const PROFITABILITY_FIELDS = [
  'CVP_Customer_Profitability__c.CVP_Period__c',
  'CVP_Customer_Profitability__c.CVP_Revenue__c',
  'CVP_Customer_Profitability__c.CVP_Direct_Costs__c',
  'CVP_Customer_Profitability__c.CVP_Sales_Margin__c',
  'CVP_Customer_Profitability__c.CVP_Customer_Margin__c',
];

/**
 * The render benchmark's baseline: a bare lightning-card showing the same account data the Account page
 * components read (every Account field and the profitability rows), through the same preview LDS.
 */
export default class BenchCard extends LightningElement {
  @api recordId;

  @wire(getRecord, { recordId: '$recordId', layoutTypes: ['Full'] })
  record;

  @wire(getRelatedListRecords, {
    parentRecordId: '$recordId',
    relatedListId: 'CVP_Profitability__r',
    fields: PROFITABILITY_FIELDS,
  })
  profitability;

  get title() {
    return this.record.data?.fields.Name?.value ?? '';
  }

  get fields() {
    const fields = this.record.data?.fields ?? {};
    return Object.keys(fields).map((name) => ({
      name,
      value: fields[name].displayValue ?? fields[name].value,
    }));
  }

  get rows() {
    return (this.profitability.data?.records ?? []).map((r) => ({
      id: r.id,
      text: PROFITABILITY_FIELDS.map((f) => r.fields[f.split('.')[1]]?.value).join(' · '),
    }));
  }
}
