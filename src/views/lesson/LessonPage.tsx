// A lesson: the guide on the left, the live cluster with the step's highlights and views, the transport.
import { lessonById } from '../../lessons';
import { useAppStore } from '../../store';
import { PlaybackBar } from '../playback/PlaybackBar';
import { DiagramSlot } from '../sandbox/DiagramSlot';
import { ViewBoundary } from '../sandbox/ViewBoundary';
import { ViewFailed } from '../sandbox/ViewFailed';
import { useKeyboardShortcuts } from '../shell/useKeyboardShortcuts';
import { useT } from '../shell/useT';
import { RecentEvents } from '../timeline/RecentEvents';
import { Timeline } from '../timeline/Timeline';
import { LessonGuide } from './LessonGuide';
import { PANELS } from './panels/registry';
import './lesson.css';

export function LessonPage() {
  const t = useT();
  useKeyboardShortcuts();
  const active = useAppStore((s) => s.lesson);
  const lesson = active ? lessonById(active.id) : null;
  const step = lesson && active ? lesson.steps[active.index] : undefined;
  const panels = step?.panels ?? [];
  return (
    <main className="lesson" id="main">
      <LessonGuide />
      <div className={panels.length > 0 ? 'lesson-stage has-panels' : 'lesson-stage'}>
        <DiagramSlot highlight={step?.highlight} />
        {panels.length > 0 && (
          <section className="lesson-panels" aria-label={t('course.panels')}>
            {panels.map((id) => {
              const Panel = PANELS[id];
              return (
                <div
                  key={`${active?.id}-${active?.index}-${id}`}
                  className={`lesson-panel panel-${id}`}
                >
                  <ViewBoundary fallback={(retry) => <ViewFailed retry={retry} />}>
                    <Panel />
                  </ViewBoundary>
                </div>
              );
            })}
          </section>
        )}
      </div>
      <section className="transport" aria-label={t('playback.controls')}>
        <div className="transport-main">
          <PlaybackBar />
          <Timeline />
        </div>
        <RecentEvents />
      </section>
    </main>
  );
}
