// One lesson walked fully in Korean: the language switch, the step counter, the buttons and the
// text are all Korean, and the lesson works the same.
import { expect, test } from '@playwright/test';
import { lessonText } from '../src/i18n/lessonText';
import { controller } from '../src/lessons/content/controller';

test('the controller lesson, start to finish, in Korean', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./#/');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  const ko = lessonText('ko', 'controller')!;
  await page.getByRole('link', { name: ko.title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ko.title);
  const n = controller.steps.length;
  const next = page.getByRole('button', { name: '다음', exact: true });
  const counter = (k: number) => page.getByText(`${n}단계 중 ${k}단계`, { exact: true });
  const crowned = async () => {
    const text = await page
      .getByText(/^컨트롤러: 브로커 \d+$/)
      .first()
      .textContent();
    return Number(/(\d+)$/.exec(text ?? '')?.[1]);
  };

  await expect(counter(1)).toBeVisible();
  await expect(page.getByText(ko.steps.crown!.body.split('\n')[0]!.slice(0, 20))).toBeVisible();
  await expect.poll(crowned).toBeGreaterThan(0);
  await next.click();

  await expect(counter(2)).toBeVisible();
  await expect(next).toBeDisabled();
  const first = await crowned();
  await page.getByRole('button', { name: `브로커 ${first} 다운시키기`, exact: true }).click();
  await expect(page.getByText('완료!', { exact: true })).toBeVisible();
  await next.click();

  await expect(counter(3)).toBeVisible();
  await page.getByLabel('속도').selectOption({ label: '60×' });
  const play = page.getByRole('button', { name: '재생', exact: true });
  if (await play.isVisible()) await play.click();
  await expect(next).toBeEnabled({ timeout: 20_000 });
  expect(await crowned()).not.toBe(first);
  await next.click();

  await expect(counter(4)).toBeVisible();
  await page.getByRole('button', { name: `브로커 ${first} 재시작`, exact: true }).click();
  await expect(next).toBeEnabled({ timeout: 20_000 });
  await next.click();
  await expect(page.getByRole('heading', { name: '레슨 완료' })).toBeVisible();
  // The course remembers it, in Korean.
  await page.getByRole('link', { name: '강의 목록으로' }).click();
  await expect(
    page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: ko.title }) })
      .last(),
  ).toContainText('완료');
  expect(errors).toEqual([]);
});
