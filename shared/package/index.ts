/** Workshop package: the portable JSON form of a whole workshop. See docs/workshop-package.md. */
export { PACKAGE_FORMAT, PACKAGE_VERSION, WorkshopPackage } from './format';
export type { PackageWarning, PackageErrorKey, ParsePackageResult } from './format';
export { toPackage, serializePackage, packageBytes, type PackageStamp } from './serialize';
export { parsePackage } from './parse';
export { packageFailure } from './failure';
export { packageJsonSchema, packageJsonSchemaText } from './json-schema';
export { TARGET_GROUP_LABELS_FI, MEMBER_ROLE_LABELS_FI, targetGroupLabelFi, memberRoleLabelFi } from './labels-fi';
