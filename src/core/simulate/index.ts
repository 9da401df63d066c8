export { simulatePlacement, SERVICE_DEFAULT_STRATEGY } from './place.ts';
export { splitByProviders } from './provider-split.ts';
export { compileMemberOf } from './member-of.ts';
export * from './types.ts';
