/**
 * The documentation pages the rules cite, by title and address as the documentation search returned
 * them (some addresses name the release they were found under), so every rule from one page cites it
 * the same way.
 */
import type { Doc } from './rule.js';

const HELP = 'https://help.salesforce.com/s/articleView';
const ATLAS = 'https://developer.salesforce.com/docs/atlas.en-us';
/** The Apex Reference Guide: the Metadata namespace mirrors the Metadata API's types and enumerations. */
const APEX_REF = 'https://developer.salesforce.com/docs/platform/apex-ref/references/apex-ref';
/** The Salesforce Field Reference Guide: the length of every field of the objects that store metadata. */
const FIELD_REF = 'https://developer.salesforce.com/docs/platform/field-reference/references/field-reference';

export const DOCS = {
  customFieldAttributes: {
    title: 'Custom Field Attributes (Salesforce Help)',
    url: `${HELP}?id=platform.custom_field_attributes.htm&language=en_US&type=5`,
  },
  usefulDefaultFormulas: {
    title: 'Useful Default Field Value Formulas (Salesforce Help)',
    url: `${HELP}?id=platform.fields_useful_default_field_values.htm&language=en_US&type=5`,
  },
  customObjectDefinition: {
    title: 'Schema Builder Custom Object Definition (Salesforce Help)',
    url: `${HELP}?id=platform.schema_builder_elements_objects_ref.htm&language=en_US&type=5`,
  },
  relationshipConsiderations: {
    title: 'Considerations for Object Relationships (Salesforce Help)',
    url: 'https://help.salesforce.com/HTViewHelpDoc?id=relationships_considerations.htm&language=en_US',
  },
  validationRuleTooling: {
    title: 'ValidationRule | Tooling API Developer Guide',
    url: `${ATLAS}.196.0.api_tooling.meta/api_tooling/tooling_api_objects_validationrule.htm`,
  },
  customTab: {
    title: 'CustomTab | Metadata API Developer Guide',
    url: `${ATLAS}.api_meta.meta/api_meta/meta_tab.htm`,
  },
  permissionSetTooling: {
    title: 'PermissionSet | Tooling API Developer Guide',
    url: `${ATLAS}.api_tooling.meta/api_tooling/tooling_api_objects_permissionset.htm`,
  },
  customLabels: {
    title: 'CustomLabels | Metadata API Developer Guide',
    url: `${ATLAS}.api_meta.meta/api_meta/meta_customlabels.htm`,
  },
  externalStringTooling: {
    title: 'ExternalString | Tooling API Developer Guide',
    url: `${ATLAS}.api_tooling.meta/api_tooling/tooling_api_objects_externalstring.htm`,
  },
  lwcBundleTooling: {
    title: 'LightningComponentBundle | Tooling API Developer Guide',
    url: `${ATLAS}.226.0.api_tooling.meta/api_tooling/tooling_api_objects_lightningcomponentbundle.htm`,
  },
  lwcConfiguration: {
    title: 'XML Configuration File Elements | Lightning Web Components Developer Guide',
    url: 'https://developer.salesforce.com/docs/platform/lwc/guide/reference-configuration-tags.html',
  },
  flexiPage: {
    title: 'FlexiPage | Metadata API Developer Guide',
    url: `${ATLAS}.210.0.api_meta.meta/api_meta/meta_flexipage.htm`,
  },
  describeFlexiPageResult: {
    title: 'DescribeFlexiPageResult | SOAP API Developer Guide',
    url: `${ATLAS}.204.0.api.meta/api/sforce_api_calls_describeflexipageresult.htm`,
  },
  listView: {
    title: 'ListView | Metadata API Developer Guide',
    url: `${ATLAS}.226.0.api_meta.meta/api_meta/meta_listview.htm`,
  },
  staticResource: {
    title: 'StaticResource | Metadata API Developer Guide',
    url: `${ATLAS}.200.0.api_meta.meta/api_meta/meta_staticresource.htm`,
  },
  fieldNameAndLabelLength: {
    title:
      'DescribeFieldResult.getLength() returns maximum of 40 characters for longer API name (Salesforce Help, Knowledge Article 000381913)',
    url: `${HELP}?id=000381913&language=en_US&type=1`,
  },
  fieldDefinitionFields: {
    title: 'FieldDefinition | Salesforce Field Reference Guide',
    url: `${ATLAS}.228.0.sfFieldRef.meta/sfFieldRef/salesforce_field_reference_FieldDefinition.htm`,
  },
  createPicklistField: {
    title: 'Create a Custom Picklist Field (Salesforce Help)',
    url: 'https://help.salesforce.com/HTViewHelpDoc?id=fields_creating_picklists.htm&language=en_US',
  },
  validationRulesFields: {
    title: 'Validation Rules Fields (Salesforce Help)',
    url: `${HELP}?id=platform.fields_validation_rules_fields.htm&language=en_US&type=5`,
  },
  listViewFields: {
    title: 'ListView | Salesforce Field Reference Guide',
    url: `${FIELD_REF}/salesforce-field-reference-listview.html`,
  },
  tabDefinitionFields: {
    title: 'TabDefinition | Salesforce Field Reference Guide',
    url: `${FIELD_REF}/salesforce-field-reference-tabdefinition.html`,
  },
  appDefinitionFields: {
    title: 'AppDefinition | Salesforce Field Reference Guide',
    url: `${FIELD_REF}/salesforce-field-reference-appdefinition.html`,
  },
  staticResourceFields: {
    title: 'StaticResource | Salesforce Field Reference Guide',
    url: `${FIELD_REF}/salesforce-field-reference-staticresource.html`,
  },
  permissionSetFields: {
    title: 'PermissionSet | Salesforce Field Reference Guide',
    url: `${ATLAS}.224.0.sfFieldRef.meta/sfFieldRef/salesforce_field_reference_PermissionSet.htm`,
  },
  metadataFieldTypes: {
    title: 'Metadata Field Types | Metadata API Developer Guide',
    url: `${ATLAS}.202.0.api_meta.meta/api_meta/meta_field_types.htm`,
  },
  formulaDataTypes: {
    title: 'Formula Data Types (Salesforce Help)',
    url: `${HELP}?id=platform.choosing_a_formula_data_type.htm&language=en_US&type=5`,
  },
  customApplication: {
    title: 'CustomApplication | Metadata API Developer Guide',
    url: `${ATLAS}.api_meta.meta/api_meta/meta_customapplication.htm`,
  },
  actionOverride: {
    title: 'ActionOverride | Metadata API Developer Guide',
    url: `${ATLAS}.252.0.api_meta.meta/api_meta/actionoverride.htm`,
  },
  uiBehavior: {
    title: 'UiBehavior Enum | Apex Reference Guide (Metadata namespace)',
    url: `${APEX_REF}/apex-enum-metadata-uibehavior.html`,
  },
  layoutSectionStyle: {
    title: 'LayoutSectionStyle Enum | Apex Reference Guide (Metadata namespace)',
    url: `${APEX_REF}/apex-enum-metadata-layoutsectionstyle.html`,
  },
  tabSettings: {
    title: 'Tab Settings (Salesforce Help)',
    url: `${HELP}?id=platform.permissions_tab_settings_ref.htm&language=en_US&type=5`,
  },
} as const satisfies Record<string, Doc>;
