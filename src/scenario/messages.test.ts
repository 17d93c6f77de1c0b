import { describe, expect, it } from 'vitest';
import { scenario as en } from '../i18n/en/scenario';
import { scenario as ko } from '../i18n/ko/scenario';
import { translate } from '../i18n/translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('scenario messages', () => {
  it('Korean has exactly the English keys', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s: Korean uses the same placeholders as English', (key) => {
    const k = key as keyof typeof en;
    expect(placeholders(ko[k])).toEqual(placeholders(en[k]));
    expect(ko[k]).not.toBe(en[k]);
  });

  it("quotes Kafka's replication-factor message word for word", () => {
    const params = { topic: 'orders', rf: 4, brokers: 3 };
    for (const locale of ['en', 'ko'] as const) {
      expect(translate(locale, 'scenario.replicationFactorTooLarge', params)).toContain(
        'Replication factor: 4 larger than available brokers: 3.',
      );
    }
  });
});
