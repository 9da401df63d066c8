import { describe, expect, it } from 'vitest';
import type { Design } from '../../../model/design.ts';
import { networkConfigurationRules } from './network-configuration.ts';
import { applyFix, ec2Design, findings, sample } from '../../../validate/service-test-designs.ts';

const check = (design: Design, ruleId: string) => findings(networkConfigurationRules, design, ruleId);
const AWSVPC = ['networkConfiguration', 'awsvpcConfiguration'];

describe('network configuration rules', () => {
  it('NC-REQ: an awsvpc (Fargate) service without awsvpcConfiguration is an error', () => {
    const t = sample();
    expect(check(t.design, 'NC-REQ')).toEqual([]);
    t.set(t.first('service'), 'networkConfiguration', undefined);
    expect(check(t.design, 'NC-REQ')).toMatchObject([{ severity: 'error', nodeId: t.first('service'), pointer: '/networkConfiguration' }]);
  });

  it('NC-FORBID: networkConfiguration with a bridge task is an error; the fix removes it', () => {
    const t = ec2Design({ service: { networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'], securityGroups: ['sg-1'] } } } });
    const [p] = check(t.design, 'NC-FORBID');
    expect(p).toMatchObject({ severity: 'error', nodeId: t.ids.service, pointer: '/networkConfiguration' });
    expect(check(applyFix(p, t.design), 'NC-FORBID')).toEqual([]);
    // omitted networkMode on EC2 is bridge too
    expect(check(t.set(t.ids.td!, 'networkMode', undefined).design, 'NC-FORBID')).toHaveLength(1);
    expect(check(t.set(t.ids.td!, 'networkMode', 'awsvpc').design, 'NC-FORBID')).toEqual([]);
  });

  it('NC-SUBNETS: no subnets or more than 16 is an error', () => {
    const t = sample();
    const svc = t.first('service');
    expect(check(t.set(svc, [...AWSVPC, 'subnets'], []).design, 'NC-SUBNETS')).toMatchObject([
      { severity: 'error', pointer: '/networkConfiguration/awsvpcConfiguration/subnets' },
    ]);
    const many = Array.from({ length: 17 }, (_, i) => `subnet-${i}`);
    expect(check(t.set(svc, [...AWSVPC, 'subnets'], many).design, 'NC-SUBNETS')).toHaveLength(1);
    expect(check(t.set(svc, [...AWSVPC, 'subnets'], many.slice(0, 16)).design, 'NC-SUBNETS')).toEqual([]);
  });

  it('NC-SG: more than 5 security groups is an error', () => {
    const t = sample();
    const groups = (n: number) => Array.from({ length: n }, (_, i) => `sg-${i}`);
    expect(check(t.set(t.first('service'), [...AWSVPC, 'securityGroups'], groups(6)).design, 'NC-SG')).toMatchObject([
      { severity: 'error', pointer: '/networkConfiguration/awsvpcConfiguration/securityGroups' },
    ]);
    expect(check(t.set(t.first('service'), [...AWSVPC, 'securityGroups'], groups(5)).design, 'NC-SG')).toEqual([]);
  });

  it('NC-SG-DEFAULT: no security groups is a warning (the VPC default group is used)', () => {
    const t = sample();
    expect(check(t.design, 'NC-SG-DEFAULT')).toEqual([]);
    expect(check(t.set(t.first('service'), [...AWSVPC, 'securityGroups'], []).design, 'NC-SG-DEFAULT')).toMatchObject([{ severity: 'warning' }]);
  });

  it('NC-PUBIP-ENUM: assignPublicIp other than ENABLED/DISABLED is an error; a case slip has a fix', () => {
    const t = sample();
    const svc = t.first('service');
    const [p] = check(t.set(svc, [...AWSVPC, 'assignPublicIp'], 'enabled').design, 'NC-PUBIP-ENUM');
    expect(p).toMatchObject({ severity: 'error', pointer: '/networkConfiguration/awsvpcConfiguration/assignPublicIp' });
    expect(check(applyFix(p, t.design), 'NC-PUBIP-ENUM')).toEqual([]);
    expect(check(t.set(svc, [...AWSVPC, 'assignPublicIp'], 'YES').design, 'NC-PUBIP-ENUM')[0]!.fix).toBeUndefined();
  });

  it('NC-PUBIP-EC2: a public IP for awsvpc tasks on EC2 is an error (fix disables it); on Fargate it is allowed', () => {
    const t = ec2Design({ networkMode: 'awsvpc', service: { networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'], securityGroups: ['sg-1'], assignPublicIp: 'ENABLED' } } } });
    const [p] = check(t.design, 'NC-PUBIP-EC2');
    expect(p).toMatchObject({ severity: 'error', nodeId: t.ids.service });
    expect(check(applyFix(p, t.design), 'NC-PUBIP-EC2')).toEqual([]);
    const fargate = sample();
    expect(check(fargate.set(fargate.first('service'), [...AWSVPC, 'assignPublicIp'], 'ENABLED').design, 'NC-PUBIP-EC2')).toEqual([]);
  });

  it('NC-ENI-DENSITY: more awsvpc tasks than the EC2 group\'s instance ENIs hold are warned; within them, bridge tasks and Fargate are not', () => {
    const network = { networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'], securityGroups: ['sg-1'] } } };
    // m6i.large: 3 ENIs, one the instance's own; 4 instances at most: 8 awsvpc tasks fit.
    expect(check(ec2Design({ networkMode: 'awsvpc', service: { ...network, desiredCount: 8 } }).design, 'NC-ENI-DENSITY')).toEqual([]);
    const awsvpc = ec2Design({ networkMode: 'awsvpc', service: { ...network, desiredCount: 9 } });
    expect(check(awsvpc.design, 'NC-ENI-DENSITY')).toMatchObject([
      { severity: 'warning', nodeId: awsvpc.ids.service, pointer: '/networkConfiguration', message: expect.stringContaining('awsvpcTrunking') },
    ]);
    expect(check(ec2Design().design, 'NC-ENI-DENSITY')).toEqual([]);
    expect(check(sample().design, 'NC-ENI-DENSITY')).toEqual([]);
  });

  it('NC-DOC-ANOMALY: a public IP with the ECS controller is only an advisory note, and not for CODE_DEPLOY', () => {
    const t = sample();
    const svc = t.first('service');
    expect(check(t.design, 'NC-DOC-ANOMALY')).toEqual([]);
    t.set(svc, [...AWSVPC, 'assignPublicIp'], 'ENABLED');
    expect(check(t.design, 'NC-DOC-ANOMALY')).toMatchObject([{ severity: 'info', nodeId: svc, pointer: '/networkConfiguration/awsvpcConfiguration/assignPublicIp' }]);
    t.set(svc, ['deploymentController', 'type'], 'CODE_DEPLOY');
    expect(check(t.design, 'NC-DOC-ANOMALY')).toEqual([]);
  });
});
