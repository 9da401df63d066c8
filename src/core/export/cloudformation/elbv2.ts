import type { Mapper } from './types.ts';

/** ELBv2 inputs use their CloudFormation resources' property names: only references change. */
function same(type: string): Mapper {
  return (artifact, x) => [[x.nameOf(artifact), { Type: type, Properties: x.resolve(artifact, artifact.content) as Record<string, unknown> }]];
}

export const mapLoadBalancer = same('AWS::ElasticLoadBalancingV2::LoadBalancer');
export const mapListener = same('AWS::ElasticLoadBalancingV2::Listener');
export const mapListenerRule = same('AWS::ElasticLoadBalancingV2::ListenerRule');

/**
 * Health checks go to the traffic port unless set: the default of both the API and
 * CloudFormation, written out because a task with a dynamic host port (hostPort 0) needs
 * exactly that, and cfn-lint (E3049) asks for it to be said.
 */
export const mapTargetGroup: Mapper = (artifact, x) => {
  const props = x.resolve(artifact, artifact.content) as Record<string, unknown>;
  if (props.HealthCheckPort === undefined && props.TargetType !== 'lambda') props.HealthCheckPort = 'traffic-port';
  return [[x.nameOf(artifact), { Type: 'AWS::ElasticLoadBalancingV2::TargetGroup', Properties: props }]];
};
