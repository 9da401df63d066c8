import type { Artifact } from '../../model/artifact.ts';
import type { HclObject } from './hcl.ts';
import { bodyOf, isObject, tagsRule, type Spec } from './fields.ts';
import type { MapContext, Mapper } from './types.ts';

/** ELBv2: the API's PascalCase members as the provider's arguments and blocks. */

const resolvedObject = (x: MapContext, a: Artifact): HclObject => {
  const v = x.resolve(a, a.content);
  return isObject(v) ? v : {};
};
const unknownField = (x: MapContext, a: Artifact, type: string) => (path: string) => x.leaveOut(a, `${path} has no argument in ${type} that this exporter writes`);

const LOAD_BALANCER: Spec = {
  Name: 'name',
  Subnets: 'subnets',
  SubnetMappings: { block: 'subnet_mapping', spec: { SubnetId: 'subnet_id', AllocationId: 'allocation_id', PrivateIPv4Address: 'private_ipv4_address', IPv6Address: 'ipv6_address' } },
  SecurityGroups: 'security_groups',
  Scheme: { attr: 'internal', value: (v) => (v === 'internal' ? true : v === 'internet-facing' ? false : v) },
  Type: 'load_balancer_type',
  IpAddressType: 'ip_address_type',
  Tags: tagsRule,
};


const TARGET_GROUP: Spec = {
  Name: 'name',
  Protocol: 'protocol',
  ProtocolVersion: 'protocol_version',
  Port: 'port',
  VpcId: 'vpc_id',
  TargetType: 'target_type',
  IpAddressType: 'ip_address_type',
  Tags: tagsRule,
};

/** Health check members of CreateTargetGroup → the health_check block's arguments. */
const HEALTH_CHECK: Readonly<Record<string, string>> = {
  HealthCheckEnabled: 'enabled',
  HealthCheckPath: 'path',
  HealthCheckPort: 'port',
  HealthCheckProtocol: 'protocol',
  HealthCheckIntervalSeconds: 'interval',
  HealthCheckTimeoutSeconds: 'timeout',
  HealthyThresholdCount: 'healthy_threshold',
  UnhealthyThresholdCount: 'unhealthy_threshold',
};

export const mapTargetGroup: Mapper = (artifact, x) => {
  const c = resolvedObject(x, artifact);
  const rest: HclObject = {};
  const health: HclObject = {};
  let matcher: HclObject | undefined;
  for (const [k, v] of Object.entries(c)) {
    if (HEALTH_CHECK[k]) health[HEALTH_CHECK[k]] = v;
    else if (k === 'Matcher' && isObject(v)) matcher = v;
    else rest[k] = v;
  }
  const body = bodyOf(rest, TARGET_GROUP, unknownField(x, artifact, 'aws_lb_target_group'));
  if (matcher) {
    const code = matcher.HttpCode ?? matcher.GrpcCode;
    if (code !== undefined) health.matcher = code;
  }
  if (Object.keys(health).length) body.push({ type: 'health_check', labels: [], body: Object.entries(health).map(([name, value]) => ({ name, value: value! })) });
  return [{ type: 'aws_lb_target_group', name: x.mainName(artifact), body }];
};

export const mapLoadBalancer: Mapper = (artifact, x) => [
  { type: 'aws_lb', name: x.mainName(artifact), body: bodyOf(resolvedObject(x, artifact), LOAD_BALANCER, unknownField(x, artifact, 'aws_lb')) },
];

const ACTION: Spec = {
  Type: 'type',
  TargetGroupArn: 'target_group_arn',
  Order: 'order',
  ForwardConfig: {
    block: 'forward',
    spec: {
      TargetGroups: { block: 'target_group', spec: { TargetGroupArn: 'arn', Weight: 'weight' } },
      TargetGroupStickinessConfig: { block: 'stickiness', spec: { Enabled: 'enabled', DurationSeconds: 'duration' } },
    },
  },
  RedirectConfig: {
    block: 'redirect',
    spec: { Protocol: 'protocol', Port: 'port', Host: 'host', Path: 'path', Query: 'query', StatusCode: 'status_code' },
  },
  FixedResponseConfig: { block: 'fixed_response', spec: { ContentType: 'content_type', MessageBody: 'message_body', StatusCode: 'status_code' } },
};

const LISTENER: Spec = {
  LoadBalancerArn: 'load_balancer_arn',
  Protocol: 'protocol',
  Port: 'port',
  SslPolicy: 'ssl_policy',
  Certificates: { attr: 'certificate_arn', value: (v) => (Array.isArray(v) && isObject(v[0]) ? v[0].CertificateArn : undefined) },
  AlpnPolicy: { attr: 'alpn_policy', value: (v) => (Array.isArray(v) ? v[0] : v) },
  DefaultActions: { block: 'default_action', spec: ACTION },
  Tags: tagsRule,
};

export const mapListener: Mapper = (artifact, x) => {
  const c = resolvedObject(x, artifact);
  // The provider takes one default certificate; more are aws_lb_listener_certificate resources (not written yet).
  if (Array.isArray(c.Certificates) && c.Certificates.length > 1) x.leaveOut(artifact, 'Certificates beyond the first (aws_lb_listener_certificate is not written yet)');
  return [{ type: 'aws_lb_listener', name: x.mainName(artifact), body: bodyOf(c, LISTENER, unknownField(x, artifact, 'aws_lb_listener')) }];
};

const values = { Values: 'values' };
const CONDITION: Spec = {
  Field: 'skip',
  Values: 'skip',
  PathPatternConfig: { block: 'path_pattern', spec: values },
  HostHeaderConfig: { block: 'host_header', spec: values },
  HttpHeaderConfig: { block: 'http_header', spec: { HttpHeaderName: 'http_header_name', Values: 'values' } },
  HttpRequestMethodConfig: { block: 'http_request_method', spec: values },
  SourceIpConfig: { block: 'source_ip', spec: values },
  QueryStringConfig: { block: 'query_string', spec: { Values: { block: 'query_string_values', spec: { Key: 'key', Value: 'value' } } } },
};

/** A condition given as Field + Values (the older API form) in the block its field names. */
const FIELD_CONFIG: Readonly<Record<string, string>> = { 'path-pattern': 'PathPatternConfig', 'host-header': 'HostHeaderConfig' };

export const mapListenerRule: Mapper = (artifact, x) => {
  const c = resolvedObject(x, artifact);
  const conditions = Array.isArray(c.Conditions)
    ? c.Conditions.filter(isObject).map((cond) => {
        const config = typeof cond.Field === 'string' ? FIELD_CONFIG[cond.Field] : undefined;
        return config && cond.Values !== undefined && cond[config] === undefined ? { ...cond, [config]: { Values: cond.Values } } : cond;
      })
    : c.Conditions;
  const spec: Spec = {
    ListenerArn: 'listener_arn',
    Priority: 'priority',
    Actions: { block: 'action', spec: ACTION },
    Conditions: { block: 'condition', spec: CONDITION },
    Tags: tagsRule,
  };
  return [{ type: 'aws_lb_listener_rule', name: x.mainName(artifact), body: bodyOf({ ...c, Conditions: conditions }, spec, unknownField(x, artifact, 'aws_lb_listener_rule')) }];
};
