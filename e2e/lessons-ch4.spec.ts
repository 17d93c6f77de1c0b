// Chapter 4: both lessons walked by typing into the terminal, as the learner does.
import { expect, test } from '@playwright/test';
import { LessonPage } from './pages/LessonPage';
import { TerminalPage } from './pages/TerminalPage';

test('install-and-start: ls, cat, ZooKeeper, a broker, zookeeper-shell, an edited config', async ({
  page,
}) => {
  const lesson = new LessonPage(page);
  const term = new TerminalPage(page);
  await lesson.open('install-and-start');
  await expect(lesson.heading).toHaveText('Install and start');

  await lesson.expectWaiting();
  await term.type('ls');
  await term.expectOutput('config');
  await lesson.pressNext();

  await term.type('cat config/server.properties');
  await term.expectOutput('zookeeper.connect=localhost:2181');
  await lesson.pressNext();

  await term.type('bin/zookeeper-server-start.sh config/zookeeper.properties');
  await term.expectOutput('binding to port 0.0.0.0/0.0.0.0:2181');
  await lesson.pressNext();

  await term.newTab();
  await term.type('bin/kafka-server-start.sh config/server.properties');
  await term.expectOutput('[KafkaServer id=0] started');
  await lesson.pressNext();

  await term.newTab();
  await term.type('bin/zookeeper-shell.sh localhost:2181 ls /brokers/ids');
  await term.expectOutput('[0]');
  await lesson.pressNext();

  await page.getByRole('button', { name: 'Edit config/server.properties' }).click();
  const editor = page.getByRole('textbox', { name: 'config/server.properties' });
  const text = await editor.inputValue();
  await editor.fill(text.replace(/^num\.partitions=1$/m, 'num.partitions=3'));
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await term.tab(2);
  await term.ctrlC();
  await term.expectOutput('shut down completed');
  await term.type('bin/kafka-server-start.sh config/server.properties');
  await lesson.pressNext();
  await expect(lesson.next).toBeEnabled();
  expect(lesson.errors).toEqual([]);
});

test('first-topic: create, describe, produce, consume, a group’s offsets; a link replays it', async ({
  page,
  browser,
}) => {
  const lesson = new LessonPage(page);
  const term = new TerminalPage(page);
  await lesson.open('first-topic');
  await expect(lesson.heading).toHaveText('Your first topic');
  // install-and-start left ZooKeeper in tab 1 and broker 0 in tab 2.
  await term.tab(2);
  await term.expectOutput('[KafkaServer id=0] started');

  await term.newTab();
  const bootstrap = '--bootstrap-server localhost:9092';
  await term.type(`bin/kafka-topics.sh --create --topic quickstart-events ${bootstrap}`);
  await term.expectOutput('Created topic quickstart-events.');
  await lesson.pressNext();

  await term.type(`bin/kafka-topics.sh --describe --topic quickstart-events ${bootstrap}`);
  await term.expectOutput(/Partition: 0\s+Leader: 0\s+Replicas: 0\s+Isr: 0/);
  await lesson.pressNext();

  await term.type(`bin/kafka-console-producer.sh --topic quickstart-events ${bootstrap}`);
  await term.type('This is my first event');
  await term.type('This is my second event');
  await lesson.pressNext();

  await term.ctrlC();
  await term.type(
    `bin/kafka-console-consumer.sh --topic quickstart-events --from-beginning ${bootstrap}`,
  );
  await term.expectOutput(/This is my first event\s+This is my second event/);
  await lesson.pressNext();

  await term.ctrlC();
  await term.expectOutput('Processed a total of 2 messages');
  await term.type(
    `bin/kafka-console-consumer.sh --topic quickstart-events --from-beginning --group quickstart-group ${bootstrap}`,
  );
  await expect
    .poll(
      async () =>
        ((await term.output.textContent()) ?? '').split('This is my second event').length - 1,
    )
    .toBeGreaterThanOrEqual(2);
  await term.ctrlC();
  await term.type(`bin/kafka-consumer-groups.sh ${bootstrap} --describe --group quickstart-group`);
  await term.expectOutput(/quickstart-group\s+quickstart-events\s+0\s+2\s+2\s+0/);
  await lesson.pressNext();
  expect(lesson.errors).toEqual([]);

  // A shared link replays every typed command with its output.
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const url = page.url();
  const other = await browser.newPage();
  const replay = new TerminalPage(other);
  await other.goto(url);
  await replay.tab(3);
  await replay.expectOutput('Created topic quickstart-events.');
  await replay.expectOutput(/quickstart-group\s+quickstart-events\s+0\s+2\s+2\s+0/);
  await other.close();
});
