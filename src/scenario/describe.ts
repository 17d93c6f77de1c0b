// Turns a ScenarioProblem into the sentence a learner reads, in their locale.
import type { Locale } from '../i18n/messages';
import { translate } from '../i18n/translate';
import type { ScenarioProblem } from './problems';

/** The problem's message in `locale`; field problems name their field inside the sentence. */
export function describeProblem(locale: Locale, problem: ScenarioProblem): string {
  return translate(locale, `scenario.${problem.code}`, problem.params);
}
