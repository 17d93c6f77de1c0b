// The course and the lesson runner: home lists every lesson, steps are links that history and the
// arrow keys move between, a shared link reopens the step, and progress is remembered.
import { expect, test } from '@playwright/test';
import { lessonText } from '../src/i18n/lessonText';
import { ALL_LESSONS } from '../src/lessons';
import { LessonPage } from './pages/LessonPage';

test('home lists every lesson as a link named by its title, in course order', async ({ page }) => {
  await page.goto('./#/');
  const names = await page
    .getByRole('region', { name: 'The course' })
    .getByRole('link')
    .allTextContents();
  const titles = ALL_LESSONS.map((l) => lessonText('en', l.id)!.title);
  expect(names.map((n) => n.trim())).toEqual(titles);
  await page.getByRole('link', { name: titles[0]!, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles[0]!);
  await expect(page.getByText('Step 1 of', { exact: false })).toBeVisible();
});

test('steps are history entries: Back and Forward move between them', async ({ page }) => {
  const lesson = new LessonPage(page);
  await lesson.open('controller');
  await expect.poll(() => lesson.controller()).not.toBeNull();
  await lesson.pressNext();
  await page.goBack();
  await lesson.expectStep(1);
  await page.goForward();
  await lesson.expectStep(2);
  await lesson.expectWaiting();
  expect(lesson.errors).toEqual([]);
});

test('arrow keys move between steps, and → waits for the goal', async ({ page }) => {
  const lesson = new LessonPage(page);
  await lesson.open('controller');
  await expect.poll(() => lesson.controller()).not.toBeNull();
  await page.locator('body').press('ArrowRight');
  await lesson.expectStep(2);
  await page.locator('body').press('ArrowRight');
  await lesson.expectStep(2);
  await page.locator('body').press('ArrowLeft');
  await lesson.expectStep(1);
});

test('a shared lesson link reopens that step in that world at that instant', async ({
  page,
  browser,
}) => {
  const lesson = new LessonPage(page);
  await lesson.open('controller');
  await expect.poll(() => lesson.controller()).not.toBeNull();
  await lesson.pressNext();
  const crowned = (await lesson.controller())!;
  await lesson.crashBroker(crowned);
  await expect(lesson.next).toBeEnabled();
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const time = await page.getByRole('slider', { name: 'Time' }).inputValue();
  await expect.poll(() => page.url()).toContain(`t=${time}`);
  const url = page.url();
  expect(url).toContain('#/lesson/controller/2?');

  const other = await browser.newPage();
  const reopened = new LessonPage(other);
  await other.goto(url);
  await reopened.expectStep(2);
  await expect(other.getByRole('slider', { name: 'Time' })).toHaveValue(time);
  await expect(reopened.next).toBeEnabled();
  await expect(
    other.getByRole('button', { name: `Restart broker ${crowned}`, exact: true }),
  ).toBeVisible();
  await other.close();
});

test('progress is remembered on the course page', async ({ page }) => {
  const lesson = new LessonPage(page);
  await lesson.open('controller');
  await page.goto('./#/');
  const row = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'The controller' }) })
    .last(); // the innermost list item: the lesson's row, not its chapter's
  await expect(row).toContainText('In progress');
});

test('a link to a lesson that does not exist says so and shows the course', async ({ page }) => {
  await page.goto('./#/lesson/no-such-lesson/3');
  await expect(page.getByRole('alert')).toContainText('no-such-lesson');
  await expect(page.getByRole('heading', { name: 'The course' })).toBeVisible();
});
