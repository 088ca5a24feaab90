import { useState } from 'react';
import {
  SeoulLearnCourse,
  SeoulLearnProgress,
  SeoulLearnProvider,
  type ContinueRequestedDetail,
  type LessonCompletedDetail,
  type LessonStartedDetail,
} from '@seoul-learn/elements/react';

type Locale = 'ko' | 'en';

/** A partner's React page: the learner's dashboard, and the course the learner chose to continue. */
export function App() {
  const [locale, setLocale] = useState<Locale>('ko');
  const [learnerId, setLearnerId] = useState('demo-learner');
  const [chosen, setChosen] = useState<ContinueRequestedDetail>({ courseId: 'mid-english-grammar', lessonId: '' });
  const [lastEvent, setLastEvent] = useState('');

  const report = (type: string, detail: ContinueRequestedDetail | LessonStartedDetail | LessonCompletedDetail) =>
    setLastEvent(`${type} ${JSON.stringify(detail)}`);

  return (
    <main lang={locale}>
      <h1>{locale === 'en' ? 'Learn with Seoul Learn' : '서울런과 함께 공부해요'}</h1>
      <p>
        <button type="button" id="toggle-locale" onClick={() => setLocale(locale === 'ko' ? 'en' : 'ko')}>
          {locale === 'ko' ? 'English' : '한국어'}
        </button>{' '}
        <button type="button" id="switch-learner" onClick={() => setLearnerId('react-learner')}>
          Switch learner
        </button>
      </p>
      <p>
        Last event: <output id="last-event">{lastEvent}</output>
      </p>
      <SeoulLearnProvider locale={locale} learnerId={learnerId}>
        <SeoulLearnProgress
          onContinueRequested={(event) => {
            report('continue-requested', event.detail);
            setChosen(event.detail);
          }}
        />
        <SeoulLearnCourse
          courseId={chosen.courseId}
          lessonId={chosen.lessonId || undefined}
          onLessonStarted={(event) => report('lesson-started', event.detail)}
          onLessonCompleted={(event) => report('lesson-completed', event.detail)}
        />
      </SeoulLearnProvider>
    </main>
  );
}
