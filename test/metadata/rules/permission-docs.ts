/**
 * The documentation pages the permission and packaging rules cite, by title and address as the
 * documentation search found them. Where the search found a page only in an older release or in
 * another language, that is the address given: it is the page that was read.
 */
import type { Doc } from './rule.js';

export const PERMISSION_DOCS = {
  objectPermissions: {
    title: 'ObjectPermissions | Object Reference for the Salesforce Platform',
    url: 'https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-objectpermissions.html',
  },
  fieldPermissions: {
    title: 'FieldPermissions | Object Reference for the Salesforce Platform',
    url: 'https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-fieldpermissions.html',
  },
  objectPermissionsHelp: {
    title: 'Object Permissions | Salesforce Help',
    url: 'https://help.salesforce.com/s/articleView?id=platform.users_profiles_object_perms.htm&language=en_US&type=5',
  },
  requiredFieldPermissions: {
    title: 'generating-permission-set (forcedotcom/afv-library): required fields never in field permissions',
    url: 'https://skills.sh/forcedotcom/afv-library/generating-permission-set',
  },
  permissionSetMetadata: {
    title: 'PermissionSet | Metadata API Developer Guide',
    url: 'https://developer.salesforce.com/docs/platform/api-metadata/references/meta-types/metadata-permissionset.html',
  },
  packagedPermissionSets: {
    title: 'Permission Sets and Profile Settings in Packages | Salesforce Help',
    url: 'https://help.salesforce.com/articleView?id=distribution_perm_sets_profile_settings.htm&type=5',
  },
  packagedPermissionSetGroups: {
    title: 'Permission Set Groups | Second-Generation Managed Packaging Developer Guide',
    url: 'https://developer.salesforce.com/docs/atlas.en-us.pkg2_dev.meta/pkg2_dev/packaging_permission_set_groups.htm',
  },
  packagingActionOverrides: {
    title: 'Packaging Action Overrides | Lightning Aura Components Developer Guide',
    url: 'https://developer.salesforce.com/docs/platform/aura-platform/guide/components-using-lex-s1-action-overrides-packaging.md',
  },
  profileActionOverride: {
    title: 'ProfileActionOverride | Metadata API Developer Guide',
    url: 'https://developer.salesforce.com/docs/atlas.en-us.242.0.api_meta.meta/api_meta/meta_profileactionoverride.htm',
  },
  customApplication: {
    title: 'CustomApplication | Metadata API Developer Guide',
    url: 'https://developer.salesforce.com/docs/platform/api-metadata/references/meta-types/metadata-customapplication.html',
  },
  orgDependentUnlockedPackages: {
    title: 'Create Org-Dependent Unlocked Packages | Salesforce DX Developer Guide',
    url: 'https://developer.salesforce.com/docs/platform/sfdx-dev/guide/sfdx-dev-unlocked-pkg-org-dependent.html',
  },
  formFactors: {
    title: 'Configure Your Component for Different Form Factors | Lightning Web Components Developer Guide',
    url: 'https://developer.salesforce.com/docs/platform/lwc/guide/use-config-form-factors.html',
  },
} as const satisfies Record<string, Doc>;
