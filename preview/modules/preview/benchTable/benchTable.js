import { LightningElement, api, wire } from 'lwc';
import { gql, graphql } from 'lightning/graphql';

const COLUMNS = [
  { label: 'Rank', fieldName: 'rank', type: 'number' },
  { label: 'Account', fieldName: 'name' },
  { label: 'Score', fieldName: 'score', type: 'number' },
  { label: 'Tier', fieldName: 'tier' },
  { label: 'Treatment', fieldName: 'treatment' },
  { label: 'Quadrant', fieldName: 'quadrant' },
  { label: 'ABC class', fieldName: 'abcClass' },
  { label: 'Customer margin', fieldName: 'margin', type: 'currency' },
  { label: 'Lifecycle stage', fieldName: 'lifecycle' },
  { label: 'Owner', fieldName: 'owner' },
];

const value = (node, field) => node[field]?.value ?? null;

/**
 * The workspace benchmark's baseline (scripts/bench/browser/workspace.js): a bare lightning-datatable with the
 * ranked table's columns, the same page of accounts read through the same GraphQL stand-in in rank
 * order, with the tier filter in the `where` as the workspace sends it. No tabs, charts or core.
 */
export default class BenchTable extends LightningElement {
  @api pageSize = 200;
  @api tier;

  columns = COLUMNS;
  rows = [];

  get variables() {
    return {
      where: this.tier ? { CVP_Tier__c: { eq: this.tier } } : undefined,
      orderBy: { CVP_Rank__c: { order: 'ASC', nulls: 'LAST' }, Id: { order: 'ASC' } },
      first: this.pageSize,
    };
  }

  @wire(graphql, {
    query: gql`
      query benchAccounts($where: Account_Filter, $orderBy: Account_OrderBy, $first: Int) {
        uiapi {
          query {
            Account(where: $where, orderBy: $orderBy, first: $first) {
              edges {
                node {
                  Id
                  Name {
                    value
                  }
                  Owner {
                    Name {
                      value
                    }
                  }
                  CVP_Rank__c {
                    value
                  }
                  CVP_Weighted_Score__c {
                    value
                  }
                  CVP_Tier__c {
                    value
                  }
                  CVP_Treatment__c {
                    value
                  }
                  CVP_Quadrant__c {
                    value
                  }
                  CVP_ABC_Class__c {
                    value
                  }
                  CVP_Customer_Margin__c {
                    value
                  }
                  CVP_Lifecycle_Stage__c {
                    value
                  }
                }
              }
            }
          }
        }
      }
    `,
    variables: '$variables',
  })
  wired({ data }) {
    if (!data) return;
    this.rows = data.uiapi.query.Account.edges.map(({ node }) => ({
      id: node.Id,
      rank: value(node, 'CVP_Rank__c'),
      name: value(node, 'Name'),
      score: value(node, 'CVP_Weighted_Score__c'),
      tier: value(node, 'CVP_Tier__c'),
      treatment: value(node, 'CVP_Treatment__c'),
      quadrant: value(node, 'CVP_Quadrant__c'),
      abcClass: value(node, 'CVP_ABC_Class__c'),
      margin: value(node, 'CVP_Customer_Margin__c'),
      lifecycle: value(node, 'CVP_Lifecycle_Stage__c'),
      owner: node.Owner?.Name?.value ?? null,
    }));
  }
}
