import { api } from '../doc-pages.ts';
import type { Explanation } from '../types.ts';

/** Explanations of the API input shape and id whitespace rules (src/core/validate/api-shape.ts, src/core/validate/id-whitespace.ts). */
export const apiShapeRules: Readonly<Record<string, Explanation>> = {
  'API-SHAPE': {
    what: 'Checks every generated ECS file (task definition, service, cluster, capacity provider, RunTask input) against the request shape of its API: member names, JSON types, required nested members, one choice in a union, and minimum values.',
    why: 'A field with a typo, a number written as a string or an unknown member, often kept from an imported file, makes the whole request invalid even when every other rule passes.',
    ecs: 'The AWS CLI and SDKs such as boto3 check the request against the service model before sending it and stop with a parameter validation error that names the member, so the call never reaches ECS.',
    doc: api('ecs', 'RegisterTaskDefinition'),
  },
  'ID-WS': {
    what: 'Warns when an id or reference in a generated file, such as a subnet or security group id, an ARN, an image or a cluster name, starts or ends with whitespace or contains some.',
    why: 'A space copied along with an id is invisible in most editors, yet "subnet-0abc " is not the same text as "subnet-0abc", so the value does not name the resource you meant.',
    ecs: 'AWS APIs are not documented to trim ids and ARNs, so expect the padded value to be refused as invalid or not found; the designer keeps it as written and its quick fix trims it.',
    doc: api('ecs', 'CreateService'),
  },
};
