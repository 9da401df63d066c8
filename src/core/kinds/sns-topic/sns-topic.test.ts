import { describe, expect, it } from 'vitest';
import { applyArtifactText } from '../../apply/index.ts';
import { artifactText, derive } from '../../derive/index.ts';
import type { JsonObject } from '../../model/json.ts';
import { DesignBuilder, applied, contentAt, editedText } from '../../test-support/builders.ts';
import { apiInputFailures, hasBotocore, NO_BOTOCORE } from '../../test-support/api-input-check.ts';
import { applyFix, findings } from '../../validate/service-test-designs.ts';
import { snsTopicKind } from './kind.ts';
import { snsTopicRules } from './rules.ts';

const topicDesign = (data?: JsonObject) => new DesignBuilder().add('t', 'sns-topic', data).build();

describe('SNS topic kind', () => {
  it('defaults and derive: a unique name; FIFO becomes Attributes.FifoTopic "true"', () => {
    expect(snsTopicKind.defaults(topicDesign()).Name).toBe('app-topic-2');
    expect(contentAt(topicDesign(), 'sns-topics/app-topic.json')).toEqual({ Name: 'app-topic' });
    const fifo = topicDesign({ Name: 'alerts.fifo', fifo: true, Attributes: { DisplayName: 'Alerts' }, Tags: [{ Key: 'team', Value: 'ops' }] });
    expect(contentAt(fifo, 'sns-topics/alerts.fifo.json')).toEqual({ Name: 'alerts.fifo', Attributes: { FifoTopic: 'true', DisplayName: 'Alerts' }, Tags: [{ Key: 'team', Value: 'ops' }] });
  });

  it('apply: unchanged keeps the design (an unticked FIFO box too); edits come back as written', () => {
    for (const design of [topicDesign(), topicDesign({ Name: 'a', fifo: false, Attributes: {} })]) {
      const a = derive(design)[0]!;
      const result = applyArtifactText(design, a.path, artifactText(a));
      expect(result.ok && result.design).toStrictEqual(design);
    }
    const design = topicDesign();
    const path = 'sns-topics/app-topic.json';
    const text = editedText(design, path, (c) => Object.assign(c, { Attributes: { FifoTopic: 'true', ContentBasedDeduplication: 'true' }, DataProtectionPolicy: '{}' }));
    const next = applied(design, path, text);
    expect(next.nodes[0]!.data).toMatchObject({ fifo: true, Attributes: { ContentBasedDeduplication: 'true' } });
    expect(contentAt(next, path)).toEqual(JSON.parse(text));
  });

  it.skipIf(!hasBotocore)(`botocore accepts CreateTopic${NO_BOTOCORE}`, () => {
    expect(apiInputFailures(derive(topicDesign({ Name: 'alerts.fifo', fifo: true, Attributes: { DisplayName: 'Alerts' }, Tags: [{ Key: 'team', Value: 'ops' }] })))).toEqual([]);
  }, 30_000);
});

describe('SNS topic rules', () => {
  it('SNS-NAME and SNS-FIFO-SUFFIX, with fixes', () => {
    expect(findings(snsTopicRules, topicDesign({ Name: 'bad name' }), 'SNS-NAME')).toMatchObject([{ severity: 'error', pointer: '/Name', artifactPath: 'sns-topics/bad_name.json' }]);
    expect(findings(snsTopicRules, topicDesign(), 'SNS-FIFO-SUFFIX')).toEqual([]);
    const design = topicDesign({ Name: 'alerts', fifo: true });
    const [problem] = findings(snsTopicRules, design, 'SNS-FIFO-SUFFIX');
    expect(applyFix(problem, design).nodes[0]!.data.Name).toBe('alerts.fifo');
    const named = topicDesign({ Name: 'alerts.fifo' });
    const [other] = findings(snsTopicRules, named, 'SNS-FIFO-SUFFIX');
    expect(applyFix(other, named).nodes[0]!.data.fifo).toBe(true);
  });
});
