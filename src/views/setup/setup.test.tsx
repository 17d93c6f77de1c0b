// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreProvider } from '../../store';
import { storeFixture } from '../../store/testing/storeFixture';
import { sampleSnapshot } from '../fixtures/sampleSnapshot';
import { ClusterShapeForm } from './ClusterShapeForm';
import { ConfigForm } from './ConfigForm';
import { CreateTopicForm } from './CreateTopicForm';
import { ProduceForm } from './ProduceForm';
import { ProducerForm } from './ProducerForm';

afterEach(cleanup);

function mount(ui: React.ReactNode) {
  const fixture = storeFixture(sampleSnapshot);
  render(<StoreProvider store={fixture.store}>{ui}</StoreProvider>);
  return fixture;
}

const type = (name: string, value: string) =>
  fireEvent.change(screen.getByRole('textbox', { name }), { target: { value } });

describe('CreateTopicForm', () => {
  it('refuses a replication factor above the live brokers with Kafka’s message, keeping the input', () => {
    const { sim } = mount(<CreateTopicForm />);
    // In the sample, brokers 1 and 2 are running and broker 3 is down.
    type('Topic name', 'payments');
    type('Replication factor', '3');
    fireEvent.click(screen.getByRole('button', { name: 'Create topic' }));
    expect(
      screen.getByText('Replication factor: 3 larger than available brokers: 2.'),
    ).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Topic name' }) as HTMLInputElement).value).toBe(
      'payments',
    );
    expect(sim().calls.some((c) => c.startsWith('act'))).toBe(false);
  });

  it('explains an illegal name and an existing topic in plain words', () => {
    mount(<CreateTopicForm />);
    type('Topic name', 'my topic');
    fireEvent.click(screen.getByRole('button', { name: 'Create topic' }));
    expect(
      screen.getByText(
        "Topic name \"my topic\" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'.",
      ),
    ).toBeTruthy();
    type('Topic name', 'orders');
    fireEvent.click(screen.getByRole('button', { name: 'Create topic' }));
    expect(screen.getByText("Topic 'orders' already exists.")).toBeTruthy();
  });

  it('creates a valid topic at now', () => {
    const { sim } = mount(<CreateTopicForm />);
    type('Topic name', 'payments');
    type('Partitions', '2');
    type('Replication factor', '2');
    fireEvent.click(screen.getByRole('button', { name: 'Create topic' }));
    expect(sim().scenario.actions.at(-1)).toEqual({
      type: 'topic.create',
      topic: { name: 'payments', partitions: 2, replicationFactor: 2, configs: {} },
      at: 0,
    });
    expect(screen.getByRole('status').textContent).toBe('Created topic payments.');
  });
});

describe('ProduceForm', () => {
  it('sends a record with a null key when the key is left empty; an empty value is refused', () => {
    const { sim } = mount(<ProduceForm />);
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByRole('alert').textContent).toBe('Type a value to send.');
    type('Value', 'hello');
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(sim().scenario.actions.at(-1)).toEqual({
      type: 'produce',
      topic: 'orders',
      key: null,
      value: 'hello',
      producer: 'producer-1',
      at: 0,
    });
  });

  it('sends through a producer of the chosen topic, starting a console producer when none writes to it', () => {
    const snapshot = {
      ...sampleSnapshot,
      topics: [...sampleSnapshot.topics, { ...sampleSnapshot.topics[0]!, name: 'payments' }],
    };
    const fixture = storeFixture(snapshot);
    render(
      <StoreProvider store={fixture.store}>
        <ProduceForm />
      </StoreProvider>,
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Topic' }), {
      target: { value: 'payments' },
    });
    type('Value', 'paid');
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(fixture.sim().scenario.actions.slice(-2)).toEqual([
      {
        type: 'producer.create',
        producer: {
          id: 'console-producer-1',
          topic: 'payments',
          recordsPerSec: 0,
          keys: [],
          configs: {},
        },
        at: 0,
      },
      {
        type: 'produce',
        topic: 'payments',
        key: null,
        value: 'paid',
        producer: 'console-producer-1',
        at: 0,
      },
    ]);
  });
});

describe('ClusterShapeForm', () => {
  it('restarts with more brokers and a second consumer group', () => {
    const { store, deps } = mount(null);
    cleanup();
    const scenario = store.getState().scenario!;
    render(
      <StoreProvider store={store}>
        <ClusterShapeForm
          scenario={{
            ...scenario,
            consumerGroups: [{ groupId: 'app', topics: ['orders'], members: 1, configs: {} }],
          }}
        />
      </StoreProvider>,
    );
    const restart = screen.getByRole('button', {
      name: 'Restart with this shape',
    }) as HTMLButtonElement;
    fireEvent.change(screen.getByRole('combobox', { name: 'Number of brokers' }), {
      target: { value: '5' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add a consumer group' }));
    expect(screen.getByText('app-2 reads orders with 1 consumer(s)')).toBeTruthy();
    expect(restart.disabled).toBe(false);
    act(() => restart.click());
    const next = deps.sims.at(-1)!.scenario;
    expect(deps.sims).toHaveLength(2);
    expect(next.brokers).toBe(5);
    expect(next.consumerGroups.map((g) => g.groupId)).toEqual(['app', 'app-2']);
  });
});

describe('ConfigForm', () => {
  it('sets a topic override with config.set, refusing a min.insync.replicas below 1', () => {
    const { sim } = mount(<ConfigForm />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Applies to' }), {
      target: { value: 'orders' },
    });
    type('Value', '0');
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'min.insync.replicas must be a whole number of at least 1.',
    );
    expect((screen.getByRole('textbox', { name: 'Value' }) as HTMLInputElement).value).toBe('0');
    type('Value', '2');
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(sim().scenario.actions.at(-1)).toEqual({
      type: 'config.set',
      entity: 'topic',
      name: 'orders',
      key: 'min.insync.replicas',
      value: 2,
      at: 0,
    });
  });
});

describe('ProducerForm', () => {
  it('changes linger.ms alone (batch.size unchanged stays out), refusing a negative linger.ms', () => {
    const { sim } = mount(<ProducerForm />);
    const before = sim().scenario.actions.length;
    type('linger.ms', '-5');
    fireEvent.click(screen.getByRole('button', { name: 'Update producer' }));
    expect(screen.getByText(/linger.ms must be a whole number/)).toBeTruthy();
    expect(sim().scenario.actions).toHaveLength(before);
    type('linger.ms', '200');
    fireEvent.click(screen.getByRole('button', { name: 'Update producer' }));
    const last = sim().scenario.actions.at(-1);
    expect(last).toMatchObject({ type: 'producer.update', lingerMs: 200 });
    expect(last).not.toHaveProperty('batchSize');
  });
});
