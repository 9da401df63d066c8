/**
 * The end of the import notice for a template property the design does not hold and the
 * CloudFormation export writes again. A module of its own: the editor's import summary
 * counts these notices without loading the (lazily loaded) template reader.
 */
export const KEPT_FOR_EXPORT = 'the CloudFormation export writes it again as the template has it';
